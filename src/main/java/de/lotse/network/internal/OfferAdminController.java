package de.lotse.network.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import de.lotse.network.LifeArea;
import de.lotse.network.Municipalities;
import de.lotse.network.Offer;
import de.lotse.network.OfferKind;
import de.lotse.network.Organisation;
import de.lotse.network.Organisations;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Coordinators and administrators keep the network's offers: create, change, deactivate and reactivate. Offers
 * are deactivated rather than deleted, because referrals point to them.
 */
@Controller
@RequestMapping("/offers/manage")
class OfferAdminController {

    private final JdbcOffers offers;
    private final Organisations organisations;
    private final Municipalities municipalities;

    OfferAdminController(JdbcOffers offers, Organisations organisations, Municipalities municipalities) {
        this.offers = offers;
        this.organisations = organisations;
        this.municipalities = municipalities;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("offers", offers.all());
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("organisationNames", organisations.findAll().stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name)));
        return "network/offers-manage";
    }

    @GetMapping("/new")
    String newOffer(Model model) {
        model.addAttribute("form", OfferForm.empty(LocalDate.now()));
        return form(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") OfferForm submitted, BindingResult bound, Model model, RedirectAttributes redirect) {
        OfferForm form = submitted;
        BindingResult errors = bound;
        checkPeriod(form, errors);
        if (errors.hasErrors()) {
            return form(model, null);
        }
        UUID id = offers.create(form.toOffer(null, true));
        redirect.addFlashAttribute("notice", "offer.created");
        return "redirect:/offers/" + id;
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        Offer offer = find(id);
        model.addAttribute("form", OfferForm.of(offer));
        return form(model, offer);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") OfferForm submitted, BindingResult bound, Model model,
                  RedirectAttributes redirect) {
        Offer stored = find(id);
        OfferForm form = submitted;
        BindingResult errors = bound;
        checkPeriod(form, errors);
        if (errors.hasErrors() || form.version() == null) {
            return form(model, stored);
        }
        try {
            offers.update(id, form.toOffer(id, stored.active()));
        } catch (OptimisticLockingFailureException e) {
            Offer current = find(id);
            model.addAttribute("conflict", changedFields(form, current));
            model.addAttribute("form", form.withVersion(current.version()));
            return form(model, current);
        }
        redirect.addFlashAttribute("notice", "offer.saved");
        return "redirect:/offers/" + id;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
        find(id);
        offers.setActive(id, false);
        redirect.addFlashAttribute("notice", "offer.deactivated");
        return "redirect:/offers/manage/" + id;
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable UUID id, RedirectAttributes redirect) {
        find(id);
        offers.setActive(id, true);
        redirect.addFlashAttribute("notice", "offer.activated");
        return "redirect:/offers/manage/" + id;
    }

    private Offer find(UUID id) {
        return offers.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static void checkPeriod(OfferForm form, BindingResult errors) {
        if (!form.periodInOrder() && !errors.hasFieldErrors("validTo")) {
            errors.rejectValue("validTo", "offer.validTo.beforeFrom");
        }
    }

    private String form(Model model, Offer offer) {
        model.addAttribute("offer", offer);
        model.addAttribute("kinds", OfferKind.values());
        model.addAttribute("lifeAreas", LifeArea.values());
        model.addAttribute("organisations", organisations.findActive());
        model.addAttribute("municipalities", municipalities.findAllByOrderByName());
        return "network/offer-form";
    }

    /** Message keys of the fields whose stored value differs from what the user submitted. */
    private static List<String> changedFields(OfferForm submitted, Offer stored) {
        Offer mine = submitted.toOffer(stored.id(), stored.active());
        List<String> changed = new ArrayList<>();
        compare(changed, "offer.organisation", mine.organisationId(), stored.organisationId());
        compare(changed, "offer.title", mine.title(), stored.title());
        compare(changed, "offer.kind", mine.kind(), stored.kind());
        compare(changed, "offer.lifeAreas", mine.lifeAreas(), stored.lifeAreas());
        compare(changed, "offer.languages", mine.languages(), stored.languages());
        compare(changed, "offer.targetGroups", mine.targetGroups(), stored.targetGroups());
        compare(changed, "offer.municipalities", asSet(mine.municipalityIds()), asSet(stored.municipalityIds()));
        compare(changed, "offer.street", mine.street(), stored.street());
        compare(changed, "offer.postalCode", mine.postalCode(), stored.postalCode());
        compare(changed, "offer.city", mine.city(), stored.city());
        compare(changed, "offer.contactPerson", mine.contactPerson(), stored.contactPerson());
        compare(changed, "offer.phone", mine.phone(), stored.phone());
        compare(changed, "offer.email", mine.email(), stored.email());
        compare(changed, "offer.website", mine.website(), stored.website());
        compare(changed, "offer.capacity", mine.capacity(), stored.capacity());
        compare(changed, "offer.waitingWeeks", mine.waitingWeeks(), stored.waitingWeeks());
        compare(changed, "offer.validFrom", mine.validFrom(), stored.validFrom());
        compare(changed, "offer.validTo", mine.validTo(), stored.validTo());
        compare(changed, "offer.description", mine.description(), stored.description());
        return changed;
    }

    private static java.util.Set<UUID> asSet(List<UUID> ids) {
        return java.util.Set.copyOf(ids);
    }

    private static void compare(List<String> changed, String key, Object submitted, Object stored) {
        if (!Objects.equals(submitted, stored)) {
            changed.add(key);
        }
    }
}
