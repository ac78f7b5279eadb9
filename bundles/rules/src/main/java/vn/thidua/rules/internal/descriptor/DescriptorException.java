package vn.thidua.rules.internal.descriptor;

import vn.thidua.plan.json.JsonInputError;

/** A descriptor that cannot be loaded; the message starts with the JSON Pointer of the field at fault. */
public class DescriptorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    public DescriptorException(String field, String message) {
        this(field, message, null);
    }

    public DescriptorException(String field, String message, Throwable cause) {
        super(field.isEmpty() ? message : field + ": " + message, cause);
        this.field = field;
        this.reason = message;
    }

    /** What a YAML or JSON reader refused, in the platform's words ({@link JsonInputError}). */
    public DescriptorException(JsonInputError error, Throwable cause) {
        super(error.message(), cause);
        this.field = error.pointer();
        this.reason = error.reason();
    }

    public String field() {
        return field;
    }

    /** What is wrong, without the pointer. */
    public String reason() {
        return reason;
    }
}
