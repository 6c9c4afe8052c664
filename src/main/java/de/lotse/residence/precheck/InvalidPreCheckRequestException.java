package de.lotse.residence.precheck;

import java.util.List;

/** The request failed {@link PreCheckValidation#validate}; the problems are meant for an RFC 9457 response. */
public final class InvalidPreCheckRequestException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public InvalidPreCheckRequestException(List<FieldProblem> problems) {
        super("Invalid pre-check request: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
