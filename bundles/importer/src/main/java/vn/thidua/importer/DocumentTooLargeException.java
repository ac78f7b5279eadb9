package vn.thidua.importer;

/** A file over the configured size, or an archive that would expand beyond its limits (a zip bomb): HTTP 413. */
public class DocumentTooLargeException extends ImportException {

    private static final long serialVersionUID = 1L;

    public DocumentTooLargeException(String message) {
        super(message, null);
    }
}
