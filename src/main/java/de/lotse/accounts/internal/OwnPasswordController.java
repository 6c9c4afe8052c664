package de.lotse.accounts.internal;

import de.lotse.accounts.CurrentUser;
import de.lotse.accounts.PasswordPolicy;
import de.lotse.accounts.SignedInUser;
import jakarta.validation.Valid;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every signed-in user changes their own password here.
 */
@Controller
@RequestMapping("/account/password")
class OwnPasswordController {

    private final AccountAdministration administration;
    private final PasswordPolicy policy;
    private final CurrentUser currentUser;
    private final HttpSessionSecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

    OwnPasswordController(AccountAdministration administration, PasswordPolicy policy, CurrentUser currentUser) {
        this.administration = administration;
        this.policy = policy;
        this.currentUser = currentUser;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", PasswordChangeForm.empty());
        model.addAttribute("required", currentUser.require().passwordChangeRequired());
        return "accounts/password";
    }

    @PostMapping
    String change(@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        SignedInUser user = currentUser.require();
        if (!errors.hasFieldErrors("newPassword")) {
            policy.check(form.newPassword(), user.username())
                    .forEach(problem -> errors.rejectValue("newPassword", problem.messageKey()));
        }
        if (!errors.hasFieldErrors("confirmation") && !form.newPassword().equals(form.confirmation())) {
            errors.rejectValue("confirmation", "password.problem.MISMATCH");
        }
        if (!errors.hasErrors() && !administration.changeOwnPassword(user.id(), form.currentPassword(), form.newPassword())) {
            errors.rejectValue("currentPassword", "password.problem.WRONG_CURRENT");
        }
        if (errors.hasErrors()) {
            model.addAttribute("form", PasswordChangeForm.empty());
            model.addAttribute("required", user.passwordChangeRequired());
            return "accounts/password";
        }
        refreshPrincipal(user.withPasswordChanged(), request, response);
        redirect.addFlashAttribute("notice", "password.changed");
        return "redirect:/";
    }

    private void refreshPrincipal(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
        Authentication old = SecurityContextHolder.getContext().getAuthentication();
        UsernamePasswordAuthenticationToken updated =
                UsernamePasswordAuthenticationToken.authenticated(user, null, old.getAuthorities());
        updated.setDetails(old.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(updated);
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
    }
}
