package vn.thidua.importer;

/** A document the importer refuses; {@link #reason()} says why in a few words. */
public abstract class ImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected ImportException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The reason in one line, for a problem's detail or a console message. */
    public String reason() {
        return getMessage();
    }
}
