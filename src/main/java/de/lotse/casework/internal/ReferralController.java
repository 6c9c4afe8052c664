package de.lotse.casework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import de.lotse.casework.ClientCase;
import de.lotse.network.Offer;
import de.lotse.network.OfferKind;
import de.lotse.network.OfferQuery;
import de.lotse.network.Offers;
import de.lotse.network.Organisation;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Referrals in the browser: refer the client to an organisation (refused at the recipient field when no consent
 * covers it), open a referral with its outcomes, and record a new outcome.
 */
@Controller
@RequestMapping("/cases/{id}/referrals")
class ReferralController {

    /** Enough to choose from on one screen; a narrower search finds the rest. */
    private static final int OFFERS_SHOWN = 15;

    private final ReferralWork referrals;
    private final CaseHeader header;
    private final Organisations organisations;
    private final Offers offers;

    ReferralController(ReferralWork referrals, CaseHeader header, Organisations organisations, Offers offers) {
        this.referrals = referrals;
        this.header = header;
        this.organisations = organisations;
        this.offers = offers;
    }

    /**
     * The referral form with an offer search above it: case managers look for a fitting offer of the network and
     * pick it, which also picks its organisation; a referral to an organisation without an offer stays possible.
     */
    @GetMapping("/new")
    String newReferral(@PathVariable UUID id, @RequestParam(required = false) String offerText,
                       @RequestParam(required = false) OfferKind offerKind, @RequestParam(required = false) UUID offer,
                       Model model) {
        ClientCase clientCase = header.load(id, model);
        Optional<Offer> picked = offer == null ? Optional.empty() : offers.get(offer).filter(o -> o.validOn(LocalDate.now()));
        model.addAttribute("form", picked.map(o -> new ReferralForm(o.organisationId(), o.id(), "", LocalDate.now()))
                .orElseGet(ReferralForm::empty));
        model.addAttribute("offerText", offerText == null ? "" : offerText.strip());
        model.addAttribute("offerKind", offerKind);
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
            referrals.refer(id, form.organisationId(), form.offerId(), form.purpose(), form.referredOn());
        } catch (ReferralWork.ConsentMissing e) {
            errors.rejectValue("organisationId", "referral.consentMissing", new Object[] {e.organisationName()}, null);
            return form(model, clientCase);
        } catch (ReferralWork.OfferRefused e) {
            errors.rejectValue("offerId", e.messageKey());
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
        List<Organisation> recipients = organisations.findActive().stream()
                .filter(o -> !o.id().equals(clientCase.organisationId())).toList();
        model.addAttribute("organisations", recipients);
        model.addAttribute("organisationNames", recipients.stream().collect(Collectors.toMap(Organisation::id, Organisation::name)));
        model.addAttribute("offerKinds", OfferKind.values());
        String text = (String) model.getAttribute("offerText");
        OfferKind kind = (OfferKind) model.getAttribute("offerKind");
        List<Offer> found = offers.search(new OfferQuery(text == null || text.isBlank() ? null : text, kind, null, null, null,
                LocalDate.now())).stream().filter(o -> !o.organisationId().equals(clientCase.organisationId())).toList();
        model.addAttribute("offerResults", found.stream().limit(OFFERS_SHOWN).toList());
        model.addAttribute("offerMore", Math.max(0, found.size() - OFFERS_SHOWN));
        ReferralForm form = (ReferralForm) model.getAttribute("form");
        model.addAttribute("pickedOffer", form == null || form.offerId() == null ? null : offers.get(form.offerId()).orElse(null));
        return "casework/referrals/new";
    }

    private String page(Model model, ReferralWork.Entry entry) {
        model.addAttribute("entry", entry);
        model.addAttribute("history", referrals.history(entry.referral().id()));
        model.addAttribute("outcomes", ReferralOutcome.values());
        return "casework/referrals/referral";
    }
}
