package de.lotse.accounts.internal;

import de.lotse.accounts.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page. The form posts to Spring Security, which signs the person in (see AccountsSecurity).
 */
@Controller
class SignInController {

    private final CurrentUser currentUser;

    SignInController(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @GetMapping("/login")
    String signIn() {
        return currentUser.get().isPresent() ? "redirect:/" : "accounts/sign-in";
    }
}
