package de.lotse.accounts;

import de.lotse.accounts.internal.AccountAuthenticationProvider;
import de.lotse.accounts.internal.SignInHandlers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Component;

/**
 * How people sign in, for the web module's security filter chains: the form at {@code /login} for the
 * browser, HTTP Basic for API clients (a stop-gap until OIDC), both with the same throttled password check.
 */
@Component
public class AccountsSecurity {

    public static final String SIGN_IN_PAGE = "/login";

    private final AccountAuthenticationProvider provider;

    AccountsSecurity(AccountAuthenticationProvider provider) {
        this.provider = provider;
    }

    public void formSignIn(HttpSecurity http) {
        http.authenticationProvider(provider)
                .formLogin(form -> form
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

    public void basicSignIn(HttpSecurity http) {
        http.authenticationProvider(provider);
    }
}
