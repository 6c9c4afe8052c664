package de.lotse.casework.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Lets an upload over the limit reach Spring MVC, where {@link UploadLimit} answers it with a message at the
 * field. Tomcat 11 throws from {@code getParameter} once it has refused a multipart body, and the filters in
 * front of MVC (input normalisation, the CSRF check) ask for parameters, so Tomcat would answer with its own
 * English 413 page. This filter parses the parts first; if that fails, the rest of the chain sees only the
 * parameters of the address (the journal form carries its CSRF token there) and MVC sees the failure.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadSizeGuard extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RuntimeException failure = null;
        try {
            request.getParts();
        } catch (IllegalStateException | IOException | ServletException e) {
            failure = new IllegalStateException(e.getMessage(), e);
        }
        chain.doFilter(failure == null ? request : new RefusedUpload(request, failure), response);
    }

    /** A multipart request whose body was refused: the address's parameters only, and the failure for MVC. */
    static final class RefusedUpload extends HttpServletRequestWrapper {

        private final RuntimeException failure;
        private final Map<String, String[]> parameters = new LinkedHashMap<>();

        RefusedUpload(HttpServletRequest request, RuntimeException failure) {
            super(request);
            this.failure = failure;
            String query = request.getQueryString();
            if (query != null) {
                MultiValueMap<String, String> values = UriComponentsBuilder.newInstance().query(query).build().getQueryParams();
                values.forEach((name, list) -> parameters.put(decode(name),
                        list.stream().map(v -> v == null ? "" : decode(v)).toArray(String[]::new)));
            }
        }

        private static String decode(String value) {
            return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(List.copyOf(parameters.keySet()));
        }

        @Override
        public Collection<Part> getParts() {
            throw failure;
        }

        @Override
        public Part getPart(String name) {
            throw failure;
        }
    }
}
