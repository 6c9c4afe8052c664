package de.lotse.residence.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;

import de.lotse.residence.precheck.InvalidPreCheckRequestException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The engine's own checks of a request (periods that end before they begin or overlap, a birth date after the
 * evaluation date, unknown codes) as RFC 9457 problem details, each offending field named in German.
 */
@RestControllerAdvice(assignableTypes = PreCheckApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PreCheckProblems {

    @ExceptionHandler(InvalidPreCheckRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidPreCheckRequestException exception, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Die Angaben für die Vorprüfung sind unvollständig oder widersprüchlich.");
        problem.setTitle("Ungültige Eingabe");
        problem.setInstance(URI.create(request.getRequestURI()));
        List<Map<String, String>> errors = exception.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message()))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
