package vn.thidua.export.pdf.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The four Liberation Serif faces, read and parsed once for the life of an exporter and embedded as
 * subsets into each document under the family name the stylesheet asks for.
 *
 * <p>Their GSUB tables are switched off. PDFBox 3.0.3 applies a font's GSUB features word by word
 * as it writes text, compiling a regular expression over every glyph sequence of the feature for
 * every word: that was most of the time of a PDF export. Of the features PDFBox applies, Liberation
 * Serif 2.1.5 has only {@code ccmp}, and all 140 of its sequences join the IPA tone letters
 * U+02E5..U+02E9 into contour glyphs (in all four faces): Vietnamese text never uses them, so the
 * pages are the same glyph for glyph. OpenHTMLtoPDF measures text without GSUB anyway, so a
 * substitution would only have drawn a word narrower than it was laid out.
 *
 * <p>PDFBox parses every table of a font when it reads it, and reads glyph data under a lock, so
 * one parsed face serves documents being written at the same time; each document gets its own
 * {@link PDType0Font} and its own subset.
 */
final class LiberationSerif implements Closeable {

    /** The family the stylesheet names; Liberation Serif has the metrics of Times New Roman. */
    static final String FAMILY = "Times New Roman";

    private record Face(TrueTypeFont font, int weight, FontStyle style) {
    }

    private final List<Face> faces;
    /**
     * Each face's metrics (ascent, descent, underline and strike-through), the same for every
     * document: without them OpenHTMLtoPDF loads the face into every document to read them again.
     */
    private final FSCacheEx<String, FSCacheValue> metrics = new FSDefaultCacheStore();

    private LiberationSerif(List<Face> faces) {
        this.faces = faces;
    }

    /** The faces shipped in this bundle, parsed, their GSUB tables off. */
    static LiberationSerif load() {
        return load(false);
    }

    /** With {@code gsub}, PDFBox applies the GSUB tables as it used to: for tests to compare. */
    static LiberationSerif load(boolean gsub) {
        return new LiberationSerif(List.of(
                face("LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL, gsub),
                face("LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL, gsub),
                face("LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC, gsub),
                face("LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC, gsub)));
    }

    private static Face face(String file, int weight, FontStyle style, boolean gsub) {
        String name = "fonts/" + file;
        try (InputStream in = LiberationSerif.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the bundle");
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            font.setEnableGsub(gsub);
            return new Face(font, weight, style);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the font " + name, e);
        }
    }

    /**
     * Offers the faces to the renderer of {@code document}; a face is embedded (as a subset of the
     * glyphs drawn) only when the page uses it. With {@code keepMetrics}, the faces' metrics read
     * for one document serve the next ones.
     */
    void offerTo(PdfRendererBuilder builder, PDDocument document, boolean keepMetrics) {
        if (keepMetrics) {
            builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
        }
        for (Face face : faces) {
            builder.useFont(new Embedding(document, face.font()), FAMILY, face.weight(), face.style(), true);
        }
    }

    @Override
    public void close() throws IOException {
        IOException failed = null;
        for (Face face : faces) {
            try {
                face.font().close();
            } catch (IOException e) {
                failed = e;
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    /** The face as a font of one document, made when the renderer first needs it. */
    private static final class Embedding extends PDFontSupplier {

        private final PDDocument document;
        private final TrueTypeFont font;

        Embedding(PDDocument document, TrueTypeFont font) {
            super(null);
            this.document = document;
            this.font = font;
        }

        @Override
        public PDFont supply() {
            try {
                // Not closed with the document: the parsed face outlives it.
                return PDType0Font.load(document, font, true);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot embed Liberation Serif", e);
            }
        }
    }
}
