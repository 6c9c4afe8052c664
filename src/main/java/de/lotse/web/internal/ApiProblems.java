package de.lotse.web.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * RFC 9457 problem details for every REST controller, in German. Field problems are listed under
 * {@code errors} as {@code {"field": "person.residencePeriods[1].to", "message": "..."}}; modules that validate
 * more themselves answer in the same shape. Never a stack trace, never a 500 for bad input.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    static final String TITLE = "Ungültige Eingabe";

    private final org.springframework.context.MessageSource messages;

    ApiProblems(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        Throwable cause = exception.getCause();
        if (cause instanceof StreamReadException) {
            return problem(List.of(), "Die Anfrage ist kein gültiges JSON.", request);
        }
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            return problem(List.of(Map.of("field", path(jackson), "message", message(jackson))),
                    "Ein Feld hat nicht das erwartete Format.", request);
        }
        return problem(List.of(), "Die Anfrage konnte nicht gelesen werden.", request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        // The German messages of the bundles, as the forms show them.
        List<Map<String, String>> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", messages.getMessage(error, locale())))
                .toList();
        return problem(errors, "Einige Angaben sind ungültig.", request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            org.springframework.web.method.annotation.HandlerMethodValidationException exception, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = exception.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> Map.of(
                        "field", String.valueOf(result.getMethodParameter().getParameterName()),
                        "message", messages.getMessage(error, locale()))))
                .toList();
        return problem(errors, "Einige Angaben sind ungültig.", request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            org.springframework.web.bind.MissingServletRequestParameterException exception, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return problem(List.of(Map.of("field", exception.getParameterName(),
                "message", messages.getMessage("NotBlank", null, locale()))), "Eine Angabe fehlt.", request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException exception,
                                                        HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = exception.getPropertyName() == null ? "" : exception.getPropertyName();
        return problem(List.of(Map.of("field", field, "message", messages.getMessage("typeMismatch", null, locale()))),
                "Ein Feld hat nicht das erwartete Format.", request);
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(de.lotse.web.InvalidField.class)
    ResponseEntity<Object> handleInvalidField(de.lotse.web.InvalidField invalid, WebRequest request) {
        String message = messages.getMessage(invalid.messageKey(), invalid.arguments(), locale());
        return problem(List.of(Map.of("field", invalid.field(), "message", message)), "Einige Angaben sind ungültig.", request);
    }

    private static java.util.Locale locale() {
        return org.springframework.context.i18n.LocaleContextHolder.getLocale();
    }

    static ResponseEntity<Object> problem(List<Map<String, String>> errors, String detail, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(TITLE);
        problem.setInstance(URI.create(request.getDescription(false).replaceFirst("^uri=", "")));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The JSON path of the offending field, e.g. {@code person.residencePeriods[1].to}. */
    static String path(JacksonException exception) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String message(JacksonException exception) {
        Class<?> target = exception instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target == null) {
            return "Dieser Wert hat nicht das erwartete Format.";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(target)) {
            return "Bitte ein gültiges Datum im Format JJJJ-MM-TT angeben.";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "Bitte true, false oder null angeben.";
        }
        if (Number.class.isAssignableFrom(target) || target == int.class || target == long.class) {
            return "Bitte eine ganze Zahl angeben.";
        }
        if (java.util.Collection.class.isAssignableFrom(target)) {
            return "Bitte eine Liste angeben.";
        }
        if (exception instanceof InvalidFormatException) {
            return "Dieser Wert hat nicht das erwartete Format.";
        }
        return "Dieser Wert hat nicht den erwarteten Typ.";
    }
}
