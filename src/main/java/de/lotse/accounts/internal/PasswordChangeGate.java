package de.lotse.accounts.internal;

import de.lotse.accounts.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A user whose password was set by an administrator must choose their own before doing anything else,
 * so that nobody but the user knows it.
 */
@Configuration(proxyBeanMethods = false)
class PasswordChangeGate implements WebMvcConfigurer {

    private final CurrentUser currentUser;

    PasswordChangeGate(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
                boolean mustChange = currentUser.get().map(u -> u.passwordChangeRequired()).orElse(false);
                if (mustChange) {
                    response.sendRedirect(request.getContextPath() + "/account/password");
                    return false;
                }
                return true;
            }
        }).excludePathPatterns("/account/password", "/login", "/logout", "/error", "/css/**", "/js/**", "/vendor/**",
                "/favicon.ico", "/api/**", "/actuator/**");
    }
}
