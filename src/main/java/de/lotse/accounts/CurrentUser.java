package de.lotse.accounts;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is signed in for the current request. Other modules ask here instead of reading Spring Security's
 * context themselves.
 */
@Component
public class CurrentUser {

    public Optional<SignedInUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public SignedInUser require() {
        return get().orElseThrow(() -> new IllegalStateException("no signed-in user for this request"));
    }
}
