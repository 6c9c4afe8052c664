package de.lotse.casework.internal;

/**
 * A period that breaks a rule of its history (ends before it starts, overlaps another): the form field it is
 * about and the message, so the page can show it at the field and the API in its problem.
 */
class PeriodRejected extends RuntimeException {

    private final String field;
    private final String code;
    private final transient Object[] arguments;

    PeriodRejected(String field, String code, Object... arguments) {
        super(code);
        this.field = field;
        this.code = code;
        this.arguments = arguments;
    }

    String field() {
        return field;
    }

    String code() {
        return code;
    }

    Object[] arguments() {
        return arguments;
    }
}
