package de.lotse.accounts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import de.lotse.accounts.AccountView;
import de.lotse.accounts.CurrentUser;
import de.lotse.accounts.PasswordPolicy;
import de.lotse.accounts.Role;
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
 * Administrators create users, assign roles and organisations, reset passwords, lock and unlock accounts.
 */
@Controller
@RequestMapping("/admin/users")
class AccountAdminController {

    private final AccountAdministration administration;
    private final Organisations organisations;
    private final PasswordPolicy policy;
    private final CurrentUser currentUser;

    AccountAdminController(AccountAdministration administration, Organisations organisations, PasswordPolicy policy,
                           CurrentUser currentUser) {
        this.administration = administration;
        this.organisations = organisations;
        this.policy = policy;
        this.currentUser = currentUser;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", administration.list());
        return "accounts/list";
    }

    @GetMapping("/new")
    String newAccount(Model model) {
        model.addAttribute("form", NewAccountForm.empty());
        return newForm(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NewAccountForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("initialPassword")) {
            policy.check(form.initialPassword(), form.username())
                    .forEach(problem -> errors.rejectValue("initialPassword", problem.messageKey()));
        }
        if (errors.hasErrors()) {
            return newForm(model);
        }
        try {
            UUID id = administration.create(form.username(), form.displayName(), blankToNull(form.email()),
                    form.organisationId(), form.roles(), form.initialPassword());
            redirect.addFlashAttribute("notice", "account.created");
            return "redirect:/admin/users/" + id;
        } catch (UsernameTakenException e) {
            errors.rejectValue("username", "account.username.taken");
            return newForm(model);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        AccountView account = administration.get(id);
        model.addAttribute("form", AccountProfileForm.of(account));
        model.addAttribute("resetForm", PasswordResetForm.empty());
        return editForm(account, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") AccountProfileForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        AccountView current = administration.get(id);
        model.addAttribute("resetForm", PasswordResetForm.empty());
        if (errors.hasErrors()) {
            return editForm(current, model);
        }
        if (id.equals(currentUser.require().id()) && !form.roles().contains(Role.ADMIN)) {
            errors.rejectValue("roles", "account.roles.ownAdmin");
            return editForm(current, model);
        }
        try {
            administration.updateProfile(id, form.displayName(), blankToNull(form.email()), form.organisationId(),
                    form.roles(), form.version());
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("conflict", changedFields(form, current));
            model.addAttribute("form", new AccountProfileForm(form.displayName(), form.email(), form.organisationId(),
                    form.roles(), current.version()));
            return editForm(current, model);
        }
        redirect.addFlashAttribute("notice", "account.saved");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable UUID id, @Valid @ModelAttribute("resetForm") PasswordResetForm form,
                         BindingResult errors, Model model, RedirectAttributes redirect) {
        AccountView account = administration.get(id);
        if (!errors.hasErrors()) {
            policy.check(form.newPassword(), account.username())
                    .forEach(problem -> errors.rejectValue("newPassword", problem.messageKey()));
        }
        if (errors.hasErrors()) {
            model.addAttribute("form", AccountProfileForm.of(account));
            model.addAttribute("resetForm", PasswordResetForm.empty());
            return editForm(account, model);
        }
        administration.resetPassword(id, form.newPassword());
        redirect.addFlashAttribute("notice", "account.passwordReset");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/lock")
    String lock(@PathVariable UUID id, RedirectAttributes redirect) {
        if (id.equals(currentUser.require().id())) {
            redirect.addFlashAttribute("problem", "account.lock.self");
        } else {
            administration.setLocked(id, true);
            redirect.addFlashAttribute("notice", "account.locked.notice");
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
        administration.setLocked(id, false);
        redirect.addFlashAttribute("notice", "account.unlocked");
        return "redirect:/admin/users/" + id;
    }

    private String newForm(Model model) {
        model.addAttribute("organisations", organisations.findActive());
        model.addAttribute("allRoles", Role.values());
        return "accounts/new";
    }

    private String editForm(AccountView account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("organisations", organisations.findActive());
        model.addAttribute("allRoles", Role.values());
        return "accounts/edit";
    }

    /** The message keys of the fields someone else changed since the form was loaded. */
    private static List<String> changedFields(AccountProfileForm submitted, AccountView stored) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(submitted.displayName(), stored.displayName())) {
            changed.add("account.displayName");
        }
        if (!Objects.equals(blankToNull(submitted.email()), stored.email())) {
            changed.add("account.email");
        }
        if (!Objects.equals(submitted.organisationId(), stored.organisationId())) {
            changed.add("account.organisation");
        }
        if (!Objects.equals(submitted.roles(), stored.roles())) {
            changed.add("account.roles");
        }
        return changed;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
