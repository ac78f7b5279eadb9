package vn.thidua.plan;

/**
 * A plan value refused for one of its fields. {@link #field()} names the field as the JSON mapping
 * names it ({@code year}, {@code code}), or its path inside the value joined by {@code /}
 * ({@code rows/2/cells}), so a reader can point at it; {@link #reason()} says what the
 * field takes ({@code must be between 1990 and 2200, was 1800}).
 */
public class InvalidFieldException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    public InvalidFieldException(String field, String reason) {
        super(field + " " + reason);
        this.field = field;
        this.reason = reason;
    }

    /** The field's name in the value that refused it. */
    public String field() {
        return field;
    }

    /** What is wrong with it, without its name. */
    public String reason() {
        return reason;
    }
}
