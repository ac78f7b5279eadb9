package vn.thidua.importer.internal;

import java.util.Locale;

import vn.thidua.importer.DocumentTooLargeException;
import vn.thidua.importer.ImportOptions;
import vn.thidua.importer.ImportResult;
import vn.thidua.importer.PlanImporter;
import vn.thidua.importer.SentenceCoverage;
import vn.thidua.importer.UnsupportedDocumentException;
import vn.thidua.importer.internal.document.SourceDocument;
import vn.thidua.importer.internal.read.DocxReader;
import vn.thidua.importer.internal.read.PdfReader;
import vn.thidua.importer.internal.read.ReadLimits;
import vn.thidua.importer.internal.read.TextReader;
import vn.thidua.importer.internal.recognize.PlanRecognizer;
import vn.thidua.plan.text.ReadingOrder;

/** The importer without OSGi: picks the reader by media type (or content, or file name), recognises, checks coverage. */
public final class DocumentImporter implements PlanImporter {

    private final ReadLimits limits;

    public DocumentImporter(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public ImportResult importPlan(byte[] content, String mediaType, ImportOptions options) {
        if (content.length > limits.maxBytes()) {
            throw new DocumentTooLargeException("the document is " + content.length + " bytes, over the limit of "
                    + limits.maxBytes());
        }
        ImportOptions opts = options == null ? ImportOptions.none() : options;
        String format = format(content, mediaType, opts.fileName());
        SourceDocument document = switch (format) {
            case "docx" -> DocxReader.read(content, limits);
            case "pdf" -> PdfReader.read(content);
            default -> TextReader.read(content);
        };
        PlanRecognizer.Result result = new PlanRecognizer(document, opts).recognize();
        SentenceCoverage coverage = Sentences.coverage(Sentences.of(Sentences.text(document)),
                String.join("\n", ReadingOrder.lines(result.plan(), true)));
        return new ImportResult(result.plan(), result.review(), coverage, format);
    }

    /** docx, pdf or text: the media type says it, else the content's first bytes, else the file name. */
    static String format(byte[] content, String mediaType, String fileName) {
        String type = mediaType == null ? "" : mediaType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        switch (type) {
            case DOCX:
                return "docx";
            case PDF:
                return "pdf";
            case TEXT, MARKDOWN, "text/x-markdown":
                return "text";
            case "", "application/octet-stream":
                break;
            case "application/msword":
                throw new UnsupportedDocumentException("a Word 97-2003 document (.doc) is not read: save it as .docx");
            default:
                throw new UnsupportedDocumentException("documents of type " + type + " are not read: upload a .docx ("
                        + DOCX + "), a .pdf with a text layer or a text/Markdown file");
        }
        if (startsWith(content, "%PDF")) {
            return "pdf";
        }
        if (startsWith(content, "PK")) {
            return "docx";
        }
        if (content.length >= 4 && (content[0] & 0xff) == 0xD0 && (content[1] & 0xff) == 0xCF) {
            return "docx"; // an OLE file: the DOCX reader tells an encrypted .docx from a legacy .doc
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") || name.endsWith(".md") || name.isEmpty()) {
            return "text";
        }
        throw new UnsupportedDocumentException("the file '" + fileName + "' is none of .docx, .pdf, .txt or .md");
    }

    private static boolean startsWith(byte[] content, String magic) {
        if (content.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (content[i] != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
