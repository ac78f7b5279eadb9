package vn.thidua.plan;

import vn.thidua.plan.json.JsonInputError;

/**
 * A plan document that cannot be read: malformed JSON, an unknown or missing field, or a value out
 * of range. {@link #field()} is the JSON Pointer of the field at fault ("" for the whole document),
 * {@link #reason()} what the field takes; the message is both ({@code /year: must be a whole number,
 * was '2025.5'}), in the words of {@link JsonInputError}.
 */
public class PlanFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;
    private final boolean malformed;

    public PlanFormatException(String field, String message, Throwable cause) {
        this(new JsonInputError(field, message, false), cause);
    }

    /** The error a JSON reader made, translated. */
    public PlanFormatException(JsonInputError error, Throwable cause) {
        super(error.message(), cause);
        this.field = error.pointer();
        this.reason = error.reason();
        this.malformed = error.malformed();
    }

    /** JSON Pointer (RFC 6901) of the field at fault, such as {@code /sections/1/blocks/0/tasks/2/timing}. */
    public String field() {
        return field;
    }

    /** What is wrong, without the pointer. */
    public String reason() {
        return reason;
    }

    /** True when the document is not JSON at all; {@link #field()} is then where reading broke off. */
    public boolean malformed() {
        return malformed;
    }
}
