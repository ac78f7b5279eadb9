package vn.thidua.importer;

/**
 * Turns a plan document into a structured plan. Nothing of the document is lost: what is not
 * recognised stays a paragraph in its place, and every uncertain decision is in the review list.
 */
public interface PlanImporter {

    /** {@code application/vnd.openxmlformats-officedocument.wordprocessingml.document} */
    String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** {@code application/pdf} */
    String PDF = "application/pdf";
    /** {@code text/plain} */
    String TEXT = "text/plain";
    /** {@code text/markdown} */
    String MARKDOWN = "text/markdown";

    /**
     * Imports one document.
     *
     * @param content the file's bytes
     * @param mediaType its media type (parameters such as {@code ; charset=} are ignored); null or
     *        {@code application/octet-stream} to tell it from the content and the file name
     * @param options hints; {@link ImportOptions#none()} when there are none
     * @throws UnsupportedDocumentException a format the importer does not read (415)
     * @throws DocumentTooLargeException over the configured size, or a zip bomb (413)
     * @throws UnreadableDocumentException encrypted, scanned without text, corrupt (422)
     * @throws NotAPlanException readable, but not a plan (422)
     */
    ImportResult importPlan(byte[] content, String mediaType, ImportOptions options) throws ImportException;
}
