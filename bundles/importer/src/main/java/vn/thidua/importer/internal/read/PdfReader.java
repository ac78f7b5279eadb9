package vn.thidua.importer.internal.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import vn.thidua.importer.UnreadableDocumentException;
import vn.thidua.importer.internal.document.DocBlock;
import vn.thidua.importer.internal.document.DocParagraph;
import vn.thidua.importer.internal.document.DocTable;
import vn.thidua.importer.internal.document.SourceDocument;

/**
 * A PDF with a text layer, through PDFBox, its structure rebuilt from where things are drawn:
 * <ul>
 * <li>ruled tables from the rules the page draws ({@link PdfRulings}, {@link TableGrid}): each glyph goes
 * to the cell it lies in, a cell's lines make its paragraphs; a table going on at the top of the next
 * page (same columns) is the same table, its repeated header row dropped;</li>
 * <li>lines from the glyphs' baselines, parted at wide gaps: a two-column region (letterhead beside the
 * national title, recipients beside the signature) read column by column, a line of three or more
 * parts read as a row of a table drawn without rules;</li>
 * <li>paragraphs from the lines' geometry ({@link PdfParagraphs}), also across a page break;</li>
 * <li>page numbers and running headers/footers dropped by where they stand: the first or last lines of
 * a page, in its top or bottom margin or set apart from the text, that are a page number or come back
 * on most pages.</li>
 * </ul>
 * Fewer than 20 characters a page is a scan: refused.
 */
public final class PdfReader {

    private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:Trang\\s*)?[-–]?\\s*\\d{1,4}\\s*[-–]?(?:\\s*/\\s*\\d{1,4})?$",
            Pattern.CASE_INSENSITIVE);
    private static final int EDGE_LINES = 2;
    /** The top and bottom bands of a page where running lines and page numbers stand. */
    private static final float MARGIN_BAND = 0.12f;
    private static final int MIN_CHARS_PER_PAGE = 20;

    private PdfReader() {
    }

    public static SourceDocument read(byte[] bytes) {
        List<PdfPageLayout> pages = new ArrayList<>();
        long chars = 0;
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw encrypted(null);
            }
            GlyphCollector collector = new GlyphCollector();
            int count = pdf.getNumberOfPages();
            for (int number = 1; number <= count; number++) {
                PDPage page = pdf.getPage(number - 1);
                collector.setStartPage(number);
                collector.setEndPage(number);
                collector.glyphs = List.of();
                collector.getText(pdf);
                for (TextPosition g : collector.glyphs) {
                    String u = g.getUnicode();
                    chars += u == null ? 0 : u.strip().length();
                }
                pages.add(PdfPageLayout.of(collector.glyphs, PdfRulings.of(page),
                        page.getCropBox().getWidth(), page.getCropBox().getHeight()));
            }
        } catch (InvalidPasswordException e) {
            throw encrypted(e);
        } catch (IOException e) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.CORRUPT,
                    "the PDF cannot be read: " + e.getMessage(), e);
        }
        if (pages.isEmpty() || chars < (long) MIN_CHARS_PER_PAGE * pages.size()) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.NO_TEXT_LAYER,
                    "the PDF has no text layer (" + chars + " characters on " + pages.size()
                            + " pages): a scan; run OCR on it first or upload the Word original", null);
        }
        dropRunningLines(pages);
        return new SourceDocument("pdf", blocks(pages));
    }

    /** Drops page numbers and the lines that come back at the top or bottom of most pages. */
    static void dropRunningLines(List<PdfPageLayout> pages) {
        Map<String, Integer> edgeCounts = new HashMap<>();
        for (PdfPageLayout page : pages) {
            for (PdfPageLayout.Row row : page.edgeRows(EDGE_LINES, MARGIN_BAND)) {
                edgeCounts.merge(shape(row.text()), 1, Integer::sum);
            }
        }
        int running = Math.max(2, (pages.size() + 1) / 2);
        for (PdfPageLayout page : pages) {
            for (PdfPageLayout.Row row : page.edgeRows(EDGE_LINES, MARGIN_BAND)) {
                if (PAGE_NUMBER.matcher(row.text()).matches()
                        || (pages.size() > 1 && edgeCounts.getOrDefault(shape(row.text()), 0) >= running)) {
                    page.drop(row);
                }
            }
        }
    }

    /** The pages' blocks in reading order, a table or a paragraph going on across a page break joined back. */
    private static List<DocBlock> blocks(List<PdfPageLayout> pages) {
        // The text's width, for the pages of each width: margins stay the same from page to page.
        Map<Float, float[]> extents = new HashMap<>();
        for (PdfPageLayout page : pages) {
            float[] e = page.textExtent();
            if (e != null) {
                extents.merge(page.width(), e, (a, b) -> new float[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
            }
        }
        List<PdfPageLayout.Block> all = new ArrayList<>();
        for (PdfPageLayout page : pages) {
            float[] e = extents.getOrDefault(page.width(), new float[] {Float.MAX_VALUE, 0});
            List<PdfPageLayout.Block> blocks = page.blocks(e[0], e[1]);
            if (!all.isEmpty() && !blocks.isEmpty()) {
                PdfPageLayout.Block joined = all.get(all.size() - 1).continuedBy(blocks.get(0));
                if (joined != null) {
                    all.set(all.size() - 1, joined);
                    blocks = blocks.subList(1, blocks.size());
                }
            }
            all.addAll(blocks);
        }
        List<DocBlock> out = new ArrayList<>();
        List<List<DocTable.Cell>> tabRows = new ArrayList<>();
        for (PdfPageLayout.Block block : all) {
            if (block instanceof PdfPageLayout.TabRow row) {
                List<DocTable.Cell> cells = new ArrayList<>();
                for (String cell : row.cells()) {
                    cells.add(new DocTable.Cell(cell, 1, false));
                }
                tabRows.add(cells);
                continue;
            }
            if (!tabRows.isEmpty()) {
                out.add(new DocTable(tabRows));
                tabRows = new ArrayList<>();
            }
            if (block instanceof PdfPageLayout.Text text) {
                out.add(DocParagraph.plain(text.paragraph().text()));
            } else if (block instanceof PdfPageLayout.Table table) {
                out.add(table.table());
            }
        }
        if (!tabRows.isEmpty()) {
            out.add(new DocTable(tabRows));
        }
        return out;
    }

    /** A line with its figures blanked, so that "Trang 2" and "Trang 3" are the same running line. */
    private static String shape(String line) {
        return line.replaceAll("\\d+", "#");
    }

    /**
     * The glyphs of a page as PDFBox gives them (diacritics merged onto their letters, text drawn twice
     * to look bold kept once), without PDFBox's own line building: that sorts by position across the whole
     * page and interleaves the lines of cells and columns standing side by side.
     */
    private static final class GlyphCollector extends PDFTextStripper {

        private List<TextPosition> glyphs = List.of();

        GlyphCollector() throws IOException {
            super();
            setSortByPosition(false);
            setShouldSeparateByBeads(false);
        }

        @Override
        protected void writePage() {
            List<TextPosition> page = new ArrayList<>();
            for (List<TextPosition> article : charactersByArticle) {
                page.addAll(article);
            }
            glyphs = page;
        }
    }

    private static UnreadableDocumentException encrypted(Throwable cause) {
        return new UnreadableDocumentException(UnreadableDocumentException.Reason.ENCRYPTED,
                "the PDF is protected by a password: remove the protection and upload it again", cause);
    }
}
