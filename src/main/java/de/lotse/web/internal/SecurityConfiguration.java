package de.lotse.web.internal;

import java.util.List;

import de.lotse.accounts.AccountsSecurity;
import de.lotse.web.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains built from {@link AccessRules}: one for API clients and operations (HTTP Basic,
 * stateless, problem details), one for the browser (form sign-in, session, CSRF). Both deny what the
 * table does not list.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** No inline scripts or styles anywhere: every script and style comes from this origin. */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ProblemResponses problems) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**");
        http.httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthorised()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // API clients authenticate every request with credentials, not with a cookie, so
                // cross-site request forgery has nothing to ride on.
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(problems.unauthorised())
                        .accessDeniedHandler(problems.forbidden()))
                .authorizeHttpRequests(authorize -> apply(authorize, AccessRules.API));
        headers(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, AccountsSecurity accounts) throws Exception {
        accounts.formSignIn(http);
        http.csrf(Customizer.withDefaults())
                .authorizeHttpRequests(authorize -> apply(authorize, AccessRules.WEB));
        headers(http);
        return http.build();
    }

    private static void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize,
                              List<AccessRules.Rule> rules) {
        for (AccessRules.Rule rule : rules) {
            var route = authorize.requestMatchers(rule.pattern());
            switch (rule.audience()) {
                case PUBLIC -> route.permitAll();
                case SIGNED_IN -> route.authenticated();
                case ROLES -> route.hasAnyRole(rule.roles().stream().map(Enum::name).toArray(String[]::new));
            }
        }
        authorize.anyRequest().denyAll();
    }

    private static void headers(HttpSecurity http) throws Exception {
        // Spring Security's defaults add X-Content-Type-Options, HSTS on HTTPS, and
        // Cache-Control: no-store on every response it guards.
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    }
}
