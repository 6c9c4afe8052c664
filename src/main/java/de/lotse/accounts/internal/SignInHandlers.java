package de.lotse.accounts.internal;

import java.io.IOException;

import de.lotse.accounts.SignInThrottledException;
import de.lotse.accounts.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Where the sign-in form leads. Failures say only "wrong user name or password" or "too many attempts";
 * neither reveals whether the account exists or is locked by an administrator.
 */
public final class SignInHandlers {

    private SignInHandlers() {
    }

    public static AuthenticationFailureHandler failure() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
            String reason = exception instanceof SignInThrottledException ? "throttled" : "failed";
            response.sendRedirect(request.getContextPath() + "/login?" + reason);
        };
    }

    public static AuthenticationSuccessHandler success() {
        SavedRequestAwareAuthenticationSuccessHandler savedRequest = new SavedRequestAwareAuthenticationSuccessHandler();
        return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
            if (authentication.getPrincipal() instanceof SignedInUser user && user.passwordChangeRequired()) {
                response.sendRedirect(request.getContextPath() + "/account/password");
                return;
            }
            try {
                savedRequest.onAuthenticationSuccess(request, response, authentication);
            } catch (jakarta.servlet.ServletException e) {
                throw new IOException(e);
            }
        };
    }
}
