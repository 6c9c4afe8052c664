package de.lotse.web.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every text a person types reaches Lotse in one canonical form: Unicode NFC (so "Müller" typed with a
 * combining umlaut equals the precomposed one in search and comparison), without surrounding white space,
 * and without control characters (PostgreSQL refuses NUL in text). Passwords are normalised but never
 * trimmed: a space is a legitimate part of a passphrase.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class InputNormalisation extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, java.io.IOException {
        chain.doFilter(new NormalisedRequest(request), response);
    }

    /** White space and Unicode space separators, such as the no-break space that text pasted from Word carries. */
    private static final java.util.regex.Pattern SURROUNDING_SPACE = java.util.regex.Pattern.compile("^[\\s\\p{Z}]+|[\\s\\p{Z}]+$");
    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

    static String normalise(String name, String value) {
        if (value == null) {
            return null;
        }
        String clean = CONTROL.matcher(Normalizer.normalize(value, Normalizer.Form.NFC)).replaceAll("");
        return name.toLowerCase(java.util.Locale.ROOT).contains("password") ? clean : SURROUNDING_SPACE.matcher(clean).replaceAll("");
    }

    private static final class NormalisedRequest extends HttpServletRequestWrapper {

        private Map<String, String[]> parameters;

        NormalisedRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (parameters == null) {
                Map<String, String[]> normalised = new LinkedHashMap<>();
                super.getParameterMap().forEach((name, values) -> normalised.put(name,
                        Arrays.stream(values).map(value -> normalise(name, value)).toArray(String[]::new)));
                parameters = Collections.unmodifiableMap(normalised);
            }
            return parameters;
        }
    }
}
