package vn.thidua.importer.internal.read;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import vn.thidua.importer.UnreadableDocumentException;
import vn.thidua.importer.internal.document.SourceDocument;

/**
 * A PDF with a text layer, through PDFBox: the text of each page in reading order (PDFBox sorts
 * by position, so columns and table cells come out left to right, top to bottom), running headers
 * and footers (a line at the top or bottom of most pages) and page numbers dropped, lines broken
 * mid-sentence joined back. A PDF whose pages hold (almost) no text is a scan: refused.
 */
public final class PdfReader {

    private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:Trang\\s*)?[-–]?\\s*\\d{1,4}\\s*[-–]?(?:\\s*/\\s*\\d{1,4})?$",
            Pattern.CASE_INSENSITIVE);
    private static final int EDGE_LINES = 2;
    /** Marks where a line's right column (the national title, the date, the signature) starts. */
    static final String COLUMN = "\uE000";
    /** A left-column line is short: the column is half a page. */
    private static final int HALF_LINE = 60;
    private static final int MIN_CHARS_PER_PAGE = 20;

    private PdfReader() {
    }

    public static SourceDocument read(byte[] bytes) {
        List<List<String>> pages = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw encrypted(null);
            }
            PDFTextStripper stripper = new ColumnStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            int count = pdf.getNumberOfPages();
            for (int page = 1; page <= count; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = Normalizer.normalize(stripper.getText(pdf), Normalizer.Form.NFC);
                List<String> lines = new ArrayList<>();
                for (String line : text.split("\n")) {
                    String cleaned = line.replaceAll(" *([\t\uE000]) *", "$1").strip();
                    if (!cleaned.isBlank()) {
                        lines.add(cleaned);
                    }
                }
                pages.add(columnsInOrder(lines));
            }
        } catch (InvalidPasswordException e) {
            throw encrypted(e);
        } catch (IOException e) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.CORRUPT,
                    "the PDF cannot be read: " + e.getMessage(), e);
        }
        long chars = pages.stream().flatMap(List::stream).mapToLong(l -> l.replaceAll("\\s", "").length()).sum();
        if (pages.isEmpty() || chars < (long) MIN_CHARS_PER_PAGE * pages.size()) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.NO_TEXT_LAYER,
                    "the PDF has no text layer (" + chars + " characters on " + pages.size()
                            + " pages): a scan; run OCR on it first or upload the Word original", null);
        }
        return TextReader.fromLines("pdf", withoutRunningLines(pages));
    }

    /**
     * A page's two-column regions (letterhead beside the national title, recipients beside the
     * signature) read column by column: the left column's lines, then the right's. A region starts at
     * a line with a right column and takes the short left-only lines around it.
     */
    static List<String> columnsInOrder(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        boolean open = false;
        for (String line : lines) {
            int at = line.indexOf(COLUMN);
            if (at >= 0) {
                open = true;
                String l = line.substring(0, at).strip();
                if (!l.isEmpty()) {
                    left.add(l);
                }
                right.add(line.substring(at + 1).replace(COLUMN, " ").strip());
            } else if (open && line.length() <= HALF_LINE && line.indexOf('\t') < 0) {
                left.add(line);
            } else {
                flush(out, left, right);
                open = false;
                out.add(line);
            }
        }
        flush(out, left, right);
        return out;
    }

    private static void flush(List<String> out, List<String> left, List<String> right) {
        out.addAll(left);
        out.addAll(right);
        left.clear();
        right.clear();
    }

    /** The lines of all pages, without page numbers and without the lines repeated at the top or bottom of most pages. */
    static List<String> withoutRunningLines(List<List<String>> pages) {
        Map<String, Integer> edgeCounts = new HashMap<>();
        for (List<String> page : pages) {
            for (int i = 0; i < page.size(); i++) {
                if (i < EDGE_LINES || i >= page.size() - EDGE_LINES) {
                    edgeCounts.merge(shape(page.get(i)), 1, Integer::sum);
                }
            }
        }
        int running = Math.max(2, (pages.size() + 1) / 2);
        List<String> out = new ArrayList<>();
        for (List<String> page : pages) {
            for (int i = 0; i < page.size(); i++) {
                String line = page.get(i);
                boolean edge = i < EDGE_LINES || i >= page.size() - EDGE_LINES;
                if (edge && (PAGE_NUMBER.matcher(line.strip()).matches()
                        || (pages.size() > 1 && edgeCounts.getOrDefault(shape(line), 0) >= running))) {
                    continue;
                }
                out.add(line);
            }
        }
        return out;
    }

    /** A line with its figures blanked, so that "Trang 2" and "Trang 3" are the same running line. */
    private static String shape(String line) {
        return line.replaceAll("\\d+", "#");
    }

    /**
     * Marks the columns of a line with tabs: a gap of several spaces between two words (a letterhead beside
     * the national title, recipients beside the signature, table cells), and a line that starts right of the
     * page's middle (the signature column alone). {@link TextReader} reads tabbed lines as table rows.
     */
    private static final class ColumnStripper extends PDFTextStripper {

        private float lastEnd = -1;
        private boolean lineStart = true;

        ColumnStripper() throws IOException {
            super();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (!positions.isEmpty()) {
                TextPosition first = positions.get(0);
                float space = Math.max(first.getWidthOfSpace(), 2f);
                boolean rightHalf = first.getXDirAdj() > first.getPageWidth() * 0.45f;
                if (lineStart && rightHalf) {
                    output.write(COLUMN);
                } else if (!lineStart && lastEnd >= 0 && first.getXDirAdj() - lastEnd > Math.max(4 * space, 14f)) {
                    output.write(rightHalf && lastEnd < first.getPageWidth() * 0.5f ? COLUMN : "\t");
                }
                TextPosition last = positions.get(positions.size() - 1);
                lastEnd = last.getXDirAdj() + last.getWidthDirAdj();
                lineStart = false;
            }
            super.writeString(text, positions);
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            lastEnd = -1;
            lineStart = true;
            super.writeLineSeparator();
        }

        @Override
        protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
            lastEnd = -1;
            lineStart = true;
            super.startPage(page);
        }
    }

    private static UnreadableDocumentException encrypted(Throwable cause) {
        return new UnreadableDocumentException(UnreadableDocumentException.Reason.ENCRYPTED,
                "the PDF is protected by a password: remove the protection and upload it again", cause);
    }
}
