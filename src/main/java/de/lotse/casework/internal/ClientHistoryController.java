package de.lotse.casework.internal;

import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.UUID;

import de.lotse.casework.ClientCase;
import de.lotse.casework.LegalDomain;
import de.lotse.casework.ResidenceStatus;
import jakarta.validation.Valid;
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
 * Legal domains and residence periods of the case's client, added and ended from the case page. A form with
 * mistakes comes back on a page of its own with the messages at the fields; a period ended by someone else
 * meanwhile is not ended again.
 */
@Controller
class ClientHistoryController {

    private final CaseWork caseWork;
    private final ClientRegistry clients;
    private final LegalDomainHistory legalDomains;
    private final ResidenceHistory residence;

    ClientHistoryController(CaseWork caseWork, ClientRegistry clients, LegalDomainHistory legalDomains, ResidenceHistory residence) {
        this.caseWork = caseWork;
        this.clients = clients;
        this.legalDomains = legalDomains;
        this.residence = residence;
    }

    @GetMapping("/cases/{id}/legal-domains")
    String legalDomainForm(@PathVariable UUID id, Model model) {
        model.addAttribute("legalDomainForm", LegalDomainForm.empty());
        return legalDomainPage(visible(id), model);
    }

    @PostMapping("/cases/{id}/legal-domains")
    String addLegalDomain(@PathVariable UUID id, @Valid @ModelAttribute("legalDomainForm") LegalDomainForm form, BindingResult errors,
                          Model model, RedirectAttributes redirect) {
        ClientCase clientCase = visible(id);
        if (!errors.hasErrors()) {
            try {
                legalDomains.add(clientCase.clientId(), form.domain(), form.from(), form.to());
                redirect.addFlashAttribute("notice", "legalDomain.added");
                return "redirect:/cases/" + id + "#legal-domains";
            } catch (PeriodRejected e) {
                errors.rejectValue(e.field(), e.code(), e.arguments(), null);
            }
        }
        return legalDomainPage(clientCase, model);
    }

    @PostMapping("/cases/{id}/legal-domains/{periodId}/end")
    String endLegalDomain(@PathVariable UUID id, @PathVariable UUID periodId, @RequestParam(required = false) LocalDate to,
                          @RequestParam int version, RedirectAttributes redirect) {
        ClientCase clientCase = visible(id);
        return end(redirect, id, "#legal-domains", "legalDomain.ended", to,
                () -> legalDomains.end(clientCase.clientId(), periodId, to, version));
    }

    @GetMapping("/cases/{id}/residence-periods")
    String residenceForm(@PathVariable UUID id, Model model) {
        model.addAttribute("residencePeriodForm", ResidencePeriodForm.empty());
        return residencePage(visible(id), model);
    }

    @PostMapping("/cases/{id}/residence-periods")
    String addResidencePeriod(@PathVariable UUID id, @Valid @ModelAttribute("residencePeriodForm") ResidencePeriodForm form,
                              BindingResult errors, Model model, RedirectAttributes redirect) {
        ClientCase clientCase = visible(id);
        if (!errors.hasErrors()) {
            try {
                residence.add(clientCase.clientId(), form.toNewPeriod());
                redirect.addFlashAttribute("notice", "residence.added");
                return "redirect:/cases/" + id + "#residence";
            } catch (PeriodRejected e) {
                errors.rejectValue(e.field(), e.code(), e.arguments(), null);
            }
        }
        return residencePage(clientCase, model);
    }

    @PostMapping("/cases/{id}/residence-periods/{periodId}/end")
    String endResidencePeriod(@PathVariable UUID id, @PathVariable UUID periodId, @RequestParam(required = false) LocalDate to,
                              @RequestParam int version, RedirectAttributes redirect) {
        ClientCase clientCase = visible(id);
        return end(redirect, id, "#residence", "residence.ended", to,
                () -> residence.end(clientCase.clientId(), periodId, to, version));
    }

    private String end(RedirectAttributes redirect, UUID caseId, String anchor, String notice, LocalDate to, Runnable change) {
        if (to == null) {
            redirect.addFlashAttribute("problem", "period.end.missing");
            return "redirect:/cases/" + caseId + anchor;
        }
        try {
            change.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (PeriodRejected e) {
            redirect.addFlashAttribute("problem", "period.end.beforeFrom");
        } catch (PeriodChangedMeanwhile e) {
            redirect.addFlashAttribute("problem", "period.conflict");
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/cases/" + caseId + anchor;
    }

    private ClientCase visible(UUID id) {
        return caseWork.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String legalDomainPage(ClientCase clientCase, Model model) {
        model.addAttribute("clientCase", clientCase);
        model.addAttribute("client", clients.get(clientCase.clientId()).orElseThrow());
        model.addAttribute("domains", LegalDomain.values());
        return "casework/legal-domain-form";
    }

    private String residencePage(ClientCase clientCase, Model model) {
        model.addAttribute("clientCase", clientCase);
        model.addAttribute("client", clients.get(clientCase.clientId()).orElseThrow());
        model.addAttribute("statuses", ResidenceStatus.values());
        return "casework/residence-period-form";
    }
}
