package de.lotse.casework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

import de.lotse.casework.ClientCase;
import de.lotse.network.Organisations;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Referrals in the browser: refer the client to an organisation (refused at the recipient field when no consent
 * covers it), open a referral with its outcomes, and record a new outcome.
 */
@Controller
@RequestMapping("/cases/{id}/referrals")
class ReferralController {

    private final ReferralWork referrals;
    private final CaseHeader header;
    private final Organisations organisations;

    ReferralController(ReferralWork referrals, CaseHeader header, Organisations organisations) {
        this.referrals = referrals;
        this.header = header;
        this.organisations = organisations;
    }

    @GetMapping("/new")
    String newReferral(@PathVariable UUID id, Model model) {
        ClientCase clientCase = header.load(id, model);
        model.addAttribute("form", ReferralForm.empty());
        return form(model, clientCase);
    }

    @PostMapping
    String refer(@PathVariable UUID id, @Valid @ModelAttribute("form") ReferralForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        ClientCase clientCase = header.load(id, model);
        if (form.organisationId() != null && organisations.findById(form.organisationId()).filter(o -> o.active()).isEmpty()) {
            errors.rejectValue("organisationId", "referral.organisation.unknown");
        }
        if (errors.hasErrors()) {
            return form(model, clientCase);
        }
        try {
            referrals.refer(id, form.organisationId(), null, form.purpose(), form.referredOn());
        } catch (ReferralWork.ConsentMissing e) {
            errors.rejectValue("organisationId", "referral.consentMissing", new Object[] {e.organisationName()}, null);
            return form(model, clientCase);
        } catch (HelpPlanWork.CaseClosed e) {
            redirect.addFlashAttribute("problem", "referral.caseClosed");
            return "redirect:/cases/" + id;
        }
        redirect.addFlashAttribute("notice", "referral.saved");
        return "redirect:/cases/" + id + "#referrals";
    }

    @GetMapping("/{referralId}")
    String show(@PathVariable UUID id, @PathVariable UUID referralId, Model model) {
        header.load(id, model);
        ReferralWork.Entry entry = referrals.get(id, referralId).orElseThrow(CaseHeader::notFound);
        model.addAttribute("form", OutcomeForm.of(entry.referral()));
        return page(model, entry);
    }

    @PostMapping("/{referralId}/outcome")
    String recordOutcome(@PathVariable UUID id, @PathVariable UUID referralId, @Valid @ModelAttribute("form") OutcomeForm form,
                         BindingResult errors, Model model, RedirectAttributes redirect) {
        header.load(id, model);
        ReferralWork.Entry entry = referrals.get(id, referralId).orElseThrow(CaseHeader::notFound);
        form.check(errors);
        if (errors.hasErrors()) {
            return page(model, entry);
        }
        try {
            referrals.recordOutcome(id, referralId, form.version(), form.outcome(), form.expectedOn(), form.reason(), LocalDate.now());
        } catch (OptimisticLockingFailureException e) {
            ReferralWork.Entry now = referrals.get(id, referralId).orElseThrow(CaseHeader::notFound);
            model.addAttribute("conflict", List.of());
            model.addAttribute("form", form.withVersion(now.referral().version()));
            return page(model, now);
        } catch (NoSuchElementException e) {
            throw CaseHeader.notFound();
        }
        redirect.addFlashAttribute("notice", "referral.outcomeSaved");
        return "redirect:/cases/" + id + "#referrals";
    }

    private String form(Model model, ClientCase clientCase) {
        model.addAttribute("organisations", organisations.findActive().stream()
                .filter(o -> !o.id().equals(clientCase.organisationId())).toList());
        return "casework/referrals/new";
    }

    private String page(Model model, ReferralWork.Entry entry) {
        model.addAttribute("entry", entry);
        model.addAttribute("history", referrals.history(entry.referral().id()));
        model.addAttribute("outcomes", ReferralOutcome.values());
        return "casework/referrals/referral";
    }
}
