package vn.thidua.plan;

/**
 * A plan document that cannot be read: malformed JSON, an unknown or missing field, or a value out
 * of range. {@link #field()} is the JSON Pointer of the field at fault ("" for the whole document).
 */
public class PlanFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public PlanFormatException(String field, String message, Throwable cause) {
        super(field.isEmpty() ? message : field + ": " + message, cause);
        this.field = field;
    }

    /** JSON Pointer (RFC 6901) of the field at fault, such as {@code /sections/1/blocks/0/tasks/2/timing}. */
    public String field() {
        return field;
    }
}
