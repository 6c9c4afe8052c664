package de.lotse.web.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * German first, English second. The choice is kept in a cookie, so it needs no account and works on the
 * sign-in page too.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("LOTSE_LANGUAGE") {
            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                super.setLocale(request, response, supported(locale));
            }
        };
        resolver.setDefaultLocale(Locale.GERMAN);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    static Locale supported(Locale locale) {
        if (locale == null) {
            return Locale.GERMAN;
        }
        return SUPPORTED.stream().filter(s -> s.getLanguage().equals(locale.getLanguage())).findFirst().orElse(Locale.GERMAN);
    }
}
