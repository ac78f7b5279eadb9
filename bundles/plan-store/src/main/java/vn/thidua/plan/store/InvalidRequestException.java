package vn.thidua.plan.store;

/** A request with a value the store cannot accept; {@link #field()} names it. */
public class InvalidRequestException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
