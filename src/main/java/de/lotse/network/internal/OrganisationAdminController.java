package de.lotse.network.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import de.lotse.network.Municipalities;
import de.lotse.network.Municipality;
import de.lotse.network.Organisation;
import de.lotse.network.OrganisationType;
import de.lotse.network.Organisations;
import jakarta.validation.Valid;
import org.springframework.dao.DuplicateKeyException;
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
 * Administrators keep the organisations of the KIM network: create, edit, deactivate and reactivate.
 * Organisations are deactivated, never deleted, because cases, referrals and findings refer to them.
 */
@Controller
@RequestMapping("/admin/organisations")
class OrganisationAdminController {

    private final Organisations organisations;
    private final Municipalities municipalities;

    OrganisationAdminController(Organisations organisations, Municipalities municipalities) {
        this.organisations = organisations;
        this.municipalities = municipalities;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("organisations", organisations.findAllByOrderByName());
        model.addAttribute("municipalityNames", municipalityNames());
        return "network/organisations";
    }

    @GetMapping("/new")
    String newOrganisation(Model model) {
        model.addAttribute("form", OrganisationForm.empty());
        return form(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            Organisation created = organisations.save(form.applyTo(Organisation.create(form.name(), form.type(), form.municipalityId())));
            redirect.addFlashAttribute("notice", "organisation.created");
            return "redirect:/admin/organisations/" + created.id();
        } catch (DuplicateKeyException e) {
            errors.rejectValue("name", "organisation.name.taken");
            return form(model, null);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        Organisation organisation = find(id);
        model.addAttribute("form", OrganisationForm.of(organisation));
        return form(model, organisation);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        Organisation stored = find(id);
        if (errors.hasErrors()) {
            return form(model, stored);
        }
        try {
            organisations.save(form.applyTo(stored));
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("conflict", changedFields(form, stored));
            model.addAttribute("form", withVersion(form, stored.version()));
            return form(model, stored);
        } catch (DuplicateKeyException e) {
            errors.rejectValue("name", "organisation.name.taken");
            return form(model, stored);
        }
        redirect.addFlashAttribute("notice", "organisation.saved");
        return "redirect:/admin/organisations/" + id;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
        organisations.save(find(id).withActive(false));
        redirect.addFlashAttribute("notice", "organisation.deactivated");
        return "redirect:/admin/organisations/" + id;
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable UUID id, RedirectAttributes redirect) {
        organisations.save(find(id).withActive(true));
        redirect.addFlashAttribute("notice", "organisation.activated");
        return "redirect:/admin/organisations/" + id;
    }

    private Organisation find(UUID id) {
        return organisations.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String form(Model model, Organisation organisation) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("municipalities", municipalities.findAllByOrderByName());
        return "network/organisation";
    }

    private Map<UUID, String> municipalityNames() {
        return municipalities.findAll().stream().collect(Collectors.toMap(Municipality::id, Municipality::name));
    }

    private static OrganisationForm withVersion(OrganisationForm f, Integer version) {
        return new OrganisationForm(f.name(), f.type(), f.municipalityId(), f.street(), f.postalCode(), f.city(),
                f.contactPerson(), f.phone(), f.email(), f.website(), version);
    }

    /** Message keys of the fields whose stored value differs from what the user submitted. */
    private static List<String> changedFields(OrganisationForm submitted, Organisation stored) {
        OrganisationForm current = OrganisationForm.of(stored);
        List<String> changed = new ArrayList<>();
        compare(changed, "organisation.name", submitted.name(), current.name());
        compare(changed, "organisation.type", submitted.type(), current.type());
        compare(changed, "organisation.municipality", submitted.municipalityId(), current.municipalityId());
        compare(changed, "organisation.street", submitted.street(), current.street());
        compare(changed, "organisation.postalCode", submitted.postalCode(), current.postalCode());
        compare(changed, "organisation.city", submitted.city(), current.city());
        compare(changed, "organisation.contactPerson", submitted.contactPerson(), current.contactPerson());
        compare(changed, "organisation.phone", submitted.phone(), current.phone());
        compare(changed, "organisation.email", submitted.email(), current.email());
        compare(changed, "organisation.website", submitted.website(), current.website());
        return changed;
    }

    private static void compare(List<String> changed, String key, Object submitted, Object stored) {
        Object a = submitted instanceof String s && s.isBlank() ? null : submitted;
        Object b = stored instanceof String s && s.isBlank() ? null : stored;
        if (!Objects.equals(a, b)) {
            changed.add(key);
        }
    }
}
