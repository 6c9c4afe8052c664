package de.lotse.casework.internal;

import java.util.UUID;

import de.lotse.casework.ClientCase;
import de.lotse.network.LifeArea;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Assessing one life area of a case: its own page, back to the case when saved. */
@Controller
@RequestMapping("/cases/{id}/assessment/{lifeArea}")
class AssessmentController {

    private final Assessments assessments;
    private final CaseWork caseWork;
    private final ClientRegistry clients;

    AssessmentController(Assessments assessments, CaseWork caseWork, ClientRegistry clients) {
        this.assessments = assessments;
        this.caseWork = caseWork;
        this.clients = clients;
    }

    @GetMapping
    String edit(@PathVariable UUID id, @PathVariable LifeArea lifeArea, Model model) {
        ClientCase clientCase = visible(id);
        model.addAttribute("form", AssessmentForm.of(assessments.current(id, lifeArea).orElse(null)));
        return page(clientCase, lifeArea, model);
    }

    /** Saves; if someone else saved first, shows what differs now and overwrites nothing. */
    @PostMapping
    String save(@PathVariable UUID id, @PathVariable LifeArea lifeArea, @Valid @ModelAttribute("form") AssessmentForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        ClientCase clientCase = visible(id);
        if (errors.hasErrors()) {
            return page(clientCase, lifeArea, model);
        }
        try {
            assessments.save(id, lifeArea, form.input(), form.version());
        } catch (Assessments.ChangedMeanwhile e) {
            model.addAttribute("conflict", e.fields().stream().map(field -> "assessment." + field).toList());
            model.addAttribute("form", form.withVersion(e.currentVersion()));
            return page(clientCase, lifeArea, model);
        }
        redirect.addFlashAttribute("notice", "assessment.saved");
        return "redirect:/cases/" + id;
    }

    private ClientCase visible(UUID id) {
        return caseWork.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String page(ClientCase clientCase, LifeArea lifeArea, Model model) {
        model.addAttribute("clientCase", clientCase);
        model.addAttribute("client", clients.get(clientCase.clientId()).orElseThrow());
        model.addAttribute("lifeArea", lifeArea);
        model.addAttribute("needs", Need.values());
        model.addAttribute("history", assessments.history(clientCase.id(), lifeArea));
        return "casework/assessment";
    }
}
