package vn.thidua.export.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;

import vn.thidua.export.DocumentExporter;
import vn.thidua.export.layout.HtmlBody;
import vn.thidua.export.layout.Outline;
import vn.thidua.plan.Plan;

/**
 * A plan as a PDF laid out per Nghị định 30/2020, rendered by OpenHTMLtoPDF (on PDFBox) from the
 * shared HTML body with a print stylesheet, in Liberation Serif (metric-compatible with Times New
 * Roman, every Vietnamese letter) embedded as a subset. The faces are parsed once per exporter
 * ({@link LiberationSerif}) and closed on deactivation. The same plan gives the same bytes: fixed
 * producer and dates, and a document ID derived from the HTML rendered.
 */
@Component(service = DocumentExporter.class, property = DocumentExporter.FORMAT_PROPERTY + "=pdf")
public final class PdfExporter implements DocumentExporter {

    private static final String PRODUCER = "Thi Đua Platform";

    private final String css;
    private final LiberationSerif fonts;
    private final boolean glyphWidths;
    private final XhtmlDom dom = new XhtmlDom();
    private final Field deviceFont = GlyphWidths.deviceFont();

    @Activate
    public PdfExporter() {
        this(LiberationSerif.load());
    }

    /** With these fonts, which the exporter closes when it is deactivated. */
    PdfExporter(LiberationSerif fonts) {
        this(fonts, true);
    }

    /**
     * With {@code glyphWidths} false, text is measured and drawn as OpenHTMLtoPDF does by itself, the
     * faces' metrics are read again for every document, and OpenHTMLtoPDF parses the XHTML itself
     * (instead of {@link XhtmlDom}): for tests to compare the bytes.
     */
    PdfExporter(LiberationSerif fonts, boolean glyphWidths) {
        quietRenderer();
        fastCompression();
        this.css = new String(resource("print.css"), StandardCharsets.UTF_8);
        this.fonts = fonts;
        this.glyphWidths = glyphWidths;
    }

    @Deactivate
    void deactivate() throws IOException {
        fonts.close();
    }

    /**
     * OpenHTMLtoPDF logs timings at INFO to its own console handler by default, which lands in the
     * output of thidua:export; its warnings go to the platform's log instead (the parent JUL logger,
     * which Karaf routes to karaf.log). The renderer bundle is ours alone (feature thidua-pdf-render).
     */
    private static void quietRenderer() {
        Handler none = new Handler() {
            @Override
            public void publish(LogRecord record) {
                // The parent logger publishes.
            }

            @Override
            public void flush() {
                // nothing buffered
            }

            @Override
            public void close() {
                // nothing held
            }
        };
        XRLog.setLoggerImpl(new JDKXRLogger(true, Level.WARNING, none, new SimpleFormatter()));
    }

    /**
     * zlib level 1 for the streams PDFBox compresses (content streams, embedded faces, CMaps) unless
     * the operator chose a level: at the default level 6, deflating was about a sixth of an export's
     * time (JFR's native samples; its Java samples do not show it), and level 1 makes a document
     * about 15 % larger (Gia Lai 2023: 72 → 82 KB) with the same decoded content, still the same
     * bytes for the same plan. PDFBox 3.0.3 reads the level from this system property for every
     * stream and offers no other way to choose it; in the platform only this bundle writes PDF.
     */
    private static void fastCompression() {
        if (System.getProperty(Filter.SYSPROP_DEFLATELEVEL) == null) {
            System.setProperty(Filter.SYSPROP_DEFLATELEVEL, "1");
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = PdfExporter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the bundle");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public String fileExtension() {
        return "pdf";
    }

    @Override
    public void export(Plan plan, OutputStream out) throws IOException {
        Outline outline = Outline.of(plan);
        String html = HtmlBody.document(outline, css);
        // Ours, not the renderer's: the parsed faces are embedded into it, and the renderer would
        // leave it open after createPDFWithoutClosing.
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            if (glyphWidths) {
                builder.withW3cDocument(dom.parse(html), null);
            } else {
                builder.withHtmlContent(html, null);
            }
            builder.withProducer(PRODUCER);
            fonts.offerTo(builder, document, glyphWidths);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                if (glyphWidths) {
                    renderer.getSharedContext().setTextRenderer(new GlyphWidths(deviceFont));
                }
                renderer.layout();
                renderer.createPDFWithoutClosing();
            }
            fix(document, outline, plan, html);
            document.save(out);
        }
    }

    /** Title and fixed dates in the document information, and an ID that depends only on the content. */
    private static void fix(PDDocument document, Outline outline, Plan plan, String html) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(outline.documentType() + " " + outline.summary());
        info.setProducer(PRODUCER);
        info.setCreator(PRODUCER);
        Calendar issued = issued(plan);
        info.setCreationDate(issued);
        info.setModificationDate(issued);
        byte[] digest = sha256(html);
        byte[] id = Arrays.copyOf(digest, 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
        document.setDocumentId(new java.math.BigInteger(1, Arrays.copyOf(digest, 8)).longValue());
    }

    /** The plan's issue date when complete, else 1 January of its year; midnight UTC. */
    private static Calendar issued(Plan plan) {
        GregorianCalendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.clear();
        var complete = plan.dateLine() == null ? java.util.Optional.<java.time.LocalDate>empty()
                : plan.dateLine().date().toLocalDate();
        java.time.LocalDate day = complete.orElse(java.time.LocalDate.of(plan.year(), 1, 1));
        date.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth(), 0, 0, 0);
        return date;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
