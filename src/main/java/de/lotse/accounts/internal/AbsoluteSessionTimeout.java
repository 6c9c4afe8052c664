package de.lotse.accounts.internal;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends every session a fixed time after it began, however active it was (OWASP ASVS V7.3), so that a
 * session left open on a shared office computer does not live for days.
 */
class AbsoluteSessionTimeout extends OncePerRequestFilter {

    private final Duration limit;

    AbsoluteSessionTimeout(Duration limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && System.currentTimeMillis() - session.getCreationTime() > limit.toMillis()) {
            session.invalidate();
            if ("GET".equals(request.getMethod()) && !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.sendRedirect(request.getContextPath() + "/login?expired");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
