package vn.thidua.importer;

/** A format the importer does not read (a legacy .doc, an image, a spreadsheet): HTTP 415. */
public class UnsupportedDocumentException extends ImportException {

    private static final long serialVersionUID = 1L;

    public UnsupportedDocumentException(String message) {
        super(message, null);
    }
}
