package de.lotse.casework.internal;

import java.util.NoSuchElementException;
import java.util.UUID;

import de.lotse.casework.ClientCase;
import de.lotse.network.BarrierCategories;
import de.lotse.network.LifeArea;
import de.lotse.network.Municipalities;
import de.lotse.network.Organisations;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a finding on a case: the form, its personal-data warning, and saving. */
@Controller
class FindingController {

    private final CaseWork caseWork;
    private final ClientRegistry clients;
    private final CaseFindings findings;
    private final PersonalDataWarning warning;
    private final BarrierCategories categories;
    private final Organisations organisations;
    private final Municipalities municipalities;

    FindingController(CaseWork caseWork, ClientRegistry clients, CaseFindings findings, PersonalDataWarning warning,
                      BarrierCategories categories, Organisations organisations, Municipalities municipalities) {
        this.caseWork = caseWork;
        this.clients = clients;
        this.findings = findings;
        this.warning = warning;
        this.categories = categories;
        this.organisations = organisations;
        this.municipalities = municipalities;
    }

    /**
     * Where structure's finding page sends the case workers of the case's organisation: the case behind the
     * finding's pseudonymous reference. Everyone else gets "not found".
     */
    @GetMapping("/cases/by-reference/{reference}")
    String caseOfReference(@PathVariable UUID reference) {
        return findings.caseOfReference(reference).map(c -> "redirect:/cases/" + c.id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/cases/{id}/findings/new")
    String form(@PathVariable UUID id, Model model) {
        ClientCase clientCase = caseOrNotFound(id);
        UUID municipality = clients.get(clientCase.clientId()).map(c -> c.municipalityId()).orElse(null);
        return render(clientCase, FindingForm.empty(municipality), model);
    }

    @PostMapping("/cases/{id}/findings")
    String raise(@PathVariable UUID id, @Valid @ModelAttribute("form") FindingForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        ClientCase clientCase = caseOrNotFound(id);
        if (errors.hasErrors()) {
            return render(clientCase, form, model);
        }
        try {
            findings.raise(id, form);
        } catch (CaseFindings.PersonalDataFound e) {
            errors.rejectValue("description", PersonalDataWarning.KEY, new Object[] {warning.kinds(e.kinds)}, null);
            return render(clientCase, form, model);
        } catch (CaseFindings.UnknownCategory e) {
            errors.rejectValue("barrierCategory", "NotBlank");
            return render(clientCase, form, model);
        }
        redirect.addFlashAttribute("notice", "finding.raised");
        return "redirect:/cases/" + id;
    }

    private String render(ClientCase clientCase, FindingForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("clientCase", clientCase);
        model.addAttribute("lifeAreas", LifeArea.values());
        model.addAttribute("categories", categories.findActive());
        model.addAttribute("organisations", organisations.findActive());
        model.addAttribute("municipalities", municipalities.findAllByOrderByName());
        return "casework/finding-new";
    }

    private ClientCase caseOrNotFound(UUID id) {
        try {
            return caseWork.get(id).orElseThrow();
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
