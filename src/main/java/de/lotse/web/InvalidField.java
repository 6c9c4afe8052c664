package de.lotse.web;

/**
 * Bad input that only the service could judge (a description with personal data, a referral without consent):
 * thrown from a JSON API call, it becomes an RFC 9457 problem (HTTP 400) naming the field with the German message
 * of {@code messageKey}, like a failed Bean Validation.
 */
public class InvalidField extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidField(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
