package vn.thidua.importer;

/** A document of a supported format that cannot be read: HTTP 422, with the {@link Reason}. */
public class UnreadableDocumentException extends ImportException {

    private static final long serialVersionUID = 1L;

    /** Why the document cannot be read. */
    public enum Reason {
        /** protected by a password */
        ENCRYPTED,
        /** a PDF of scanned pages: no text layer */
        NO_TEXT_LAYER,
        /** broken or truncated */
        CORRUPT
    }

    private final Reason kind;

    public UnreadableDocumentException(Reason kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Reason kind() {
        return kind;
    }
}
