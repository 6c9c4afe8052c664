package de.lotse.web.internal;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import java.util.Locale;

import org.springframework.web.servlet.LocaleResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details for API clients that are not signed in or not allowed.
 */
@Component
class ProblemResponses {

    private final JsonMapper json;
    private final MessageSource messages;
    private final LocaleResolver locales;

    ProblemResponses(JsonMapper json, MessageSource messages, LocaleResolver locales) {
        this.json = json;
        this.messages = messages;
        this.locales = locales;
    }

    AuthenticationEntryPoint unauthorised() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Lotse\"");
            write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorised");
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key) throws IOException {
        // These answers come from the security filters, before Spring MVC has resolved the locale.
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, null, locale));
        problem.setTitle(messages.getMessage(key + ".title", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
