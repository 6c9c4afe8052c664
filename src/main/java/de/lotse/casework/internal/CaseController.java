package de.lotse.casework.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.lotse.casework.CaseSection;
import de.lotse.casework.ClientCase;
import de.lotse.network.Organisations;
import de.lotse.privacy.ConsentLedger;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Cases: opened from the client page, moved through their lifecycle on the case page.
 */
@Controller
class CaseController {

    private final CaseWork caseWork;
    private final ClientRegistry clients;
    private final ConsentLedger consents;
    private final Organisations organisations;
    private final List<CaseSection> sections;

    /** A section of the case page ready to render. */
    record RenderedSection(String template, Map<String, Object> model) {
    }

    private final ClientPage clientPage;
    private final Households households;

    CaseController(CaseWork caseWork, ClientRegistry clients, ConsentLedger consents, Organisations organisations,
                   List<CaseSection> sections, ClientPage clientPage, Households households) {
        this.clientPage = clientPage;
        this.households = households;
        this.caseWork = caseWork;
        this.clients = clients;
        this.consents = consents;
        this.organisations = organisations;
        this.sections = sections.stream().sorted(Comparator.comparingInt(CaseSection::order)).toList();
    }

    @PostMapping("/clients/{clientId}/cases")
    String open(@PathVariable UUID clientId, @Valid @ModelAttribute("caseForm") CaseOpenForm form, BindingResult errors,
                Model model, RedirectAttributes redirect) {
        var client = clients.get(clientId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (errors.hasErrors()) {
            model.addAttribute("caseForm", form);
            return clientPage.render(client, model, ConsentRecordForm.empty(LocalDate.now()), form);
        }
        UUID id = caseWork.open(clientId, form.intakeChannel(), form.intakeDate(), form.firstConcern());
        if (form.forHousehold()) {
            households.forHousehold(id, clientId);
        }
        redirect.addFlashAttribute("notice", "case.opened");
        return "redirect:/cases/" + id;
    }

    @GetMapping("/cases/{id}")
    String show(@PathVariable UUID id, Model model) {
        ClientCase found = caseWork.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("clientCase", found);
        model.addAttribute("client", clients.get(found.clientId()).orElseThrow());
        model.addAttribute("history", caseWork.history(id));
        model.addAttribute("sections", sections.stream()
                .map(section -> new RenderedSection(section.template(), section.model(found))).toList());
        return "casework/case";
    }

    @PostMapping("/cases/{id}/advance")
    String advance(@PathVariable UUID id, @RequestParam int version, RedirectAttributes redirect) {
        return step(id, redirect, () -> caseWork.advance(id, version));
    }

    @PostMapping("/cases/{id}/reopen")
    String reopen(@PathVariable UUID id, @RequestParam int version, RedirectAttributes redirect) {
        return step(id, redirect, () -> caseWork.reopen(id, version));
    }

    private String step(UUID id, RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", "case.statusChanged");
        } catch (CaseWork.ConsentMissing e) {
            redirect.addFlashAttribute("problem", "case.consentMissing");
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", "case.conflict");
        } catch (java.util.NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/cases/" + id;
    }
}
