package vn.thidua.importer;

/** A readable document that is not a plan (no document type, no body): HTTP 422. */
public class NotAPlanException extends ImportException {

    private static final long serialVersionUID = 1L;

    public NotAPlanException(String message) {
        super(message, null);
    }
}
