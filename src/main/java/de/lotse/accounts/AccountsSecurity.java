package de.lotse.accounts;

import de.lotse.accounts.internal.SignInHandlers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Component;

/**
 * How people sign in, for the web module's security filter chains: the form at {@code /login} for the
 * browser, HTTP Basic for API clients (a stop-gap until OIDC). Both use the one throttled password check,
 * {@code AccountAuthenticationProvider}, which Spring Security finds as a bean. It is deliberately not
 * added to each chain as well: then a failed attempt would pass through it twice and count twice.
 */
@Component
public class AccountsSecurity {

    public static final String SIGN_IN_PAGE = "/login";

    public void formSignIn(HttpSecurity http) {
        http.formLogin(form -> form
                        .loginPage(SIGN_IN_PAGE)
                        .loginProcessingUrl(SIGN_IN_PAGE)
                        .successHandler(SignInHandlers.success())
                        .failureHandler(SignInHandlers.failure())
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl(SIGN_IN_PAGE + "?signedOut")
                        .deleteCookies("LOTSE_SESSION")
                        .invalidateHttpSession(true));
    }
}
