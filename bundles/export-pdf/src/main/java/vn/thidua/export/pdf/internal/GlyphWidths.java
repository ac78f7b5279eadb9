package vn.thidua.export.pdf.internal;

import java.io.IOException;
import java.lang.reflect.Field;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.font.PDFont;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFastOutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.JustificationInfo;

/**
 * OpenHTMLtoPDF's text renderer for one document, measuring text from each character's width,
 * looked up once per font and document.
 *
 * <p>Line breaking measures every word, and PDFBox 3.0.3's {@code PDFont.getStringWidth} encodes
 * the string, then reads the codes back through the CMap with a stream per character, boxing each
 * width on the way: that was a quarter of a PDF export's time and a third of the memory it
 * allocated. Here a string's width is the sum, in the same order and the same {@code float}
 * arithmetic, of its characters' widths, each got once from {@code getStringWidth} of that one
 * character: for a Type 0 font with Identity-H (two bytes per code, one code per character, no
 * substitution) that is the very sum {@code getStringWidth} makes, so the layout and the bytes are
 * the same. Anything else (a character the font lacks, one outside the Basic Multilingual Plane, a
 * font that is not loaded) goes to OpenHTMLtoPDF's own measuring.
 *
 * <p>Drawing likewise: {@code PdfBoxFastOutputDevice.drawString} measures each string once more only
 * to learn whether its first font has every glyph, then draws it with that font. The same question
 * is answered here from the widths already known, and the string drawn with the same call
 * ({@code drawStringFast}, same font, same size); otherwise the device's own {@code drawString}
 * runs. The device's current font is a private field without a getter: read by reflection, and when
 * it cannot be (another OpenHTMLtoPDF), every string goes the device's own way.
 */
final class GlyphWidths extends PdfBoxTextRenderer {

    /** Not looked up yet; {@code NaN} is a character the font has no glyph for. */
    private static final float UNKNOWN = Float.NEGATIVE_INFINITY;
    private static final float TEXT_MEASURING_DELTA = 0.01f;

    private final Map<PDFont, float[][]> widths = new IdentityHashMap<>();

    /** PdfBoxFastOutputDevice's current font, set just before each string is drawn; null if not readable. */
    private final Field deviceFont;

    /** With the device's font field as {@link #deviceFont()} found it (once per exporter, not per document). */
    GlyphWidths(Field deviceFont) {
        this.deviceFont = deviceFont;
    }

    /**
     * The field, made readable; null when this OpenHTMLtoPDF has no such field. Held by the exporter
     * component rather than in a static, so that it goes with the component.
     */
    static Field deviceFont() {
        try {
            Field field = PdfBoxFastOutputDevice.class.getDeclaredField("_font");
            field.setAccessible(true);
            return field.getType() == PdfBoxFSFont.class ? field : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public void drawString(OutputDevice device, String string, float x, float y) {
        if (!drawnFast(device, string, x, y, null)) {
            super.drawString(device, string, x, y);
        }
    }

    @Override
    public void drawString(OutputDevice device, String string, float x, float y, JustificationInfo info) {
        if (!drawnFast(device, string, x, y, info)) {
            super.drawString(device, string, x, y, info);
        }
    }

    /** Draws the string as PdfBoxFastOutputDevice does when its first font has every glyph; false if not. */
    private boolean drawnFast(OutputDevice device, String string, float x, float y, JustificationInfo info) {
        if (deviceFont == null || !(device instanceof PdfBoxFastOutputDevice)) {
            return false;
        }
        PdfBoxFSFont font;
        try {
            font = (PdfBoxFSFont) deviceFont.get(device);
        } catch (IllegalAccessException e) {
            return false;
        }
        if (font == null || font.getFontDescriptions().isEmpty()) {
            return false;
        }
        FontDescription first = font.getFontDescriptions().get(0);
        PDFont pdf = first.getFont();
        String text = TextRenderer.getEffectivePrintableString(string);
        if (pdf == null || text == null || Float.isNaN(sum(pdf, text))) {
            return false;
        }
        ((PdfBoxOutputDevice) device).drawStringFast(text, x, y, info, first, font.getSize2D());
        return true;
    }

    @Override
    public int getWidth(FontContext context, FSFont font, String string) {
        List<FontDescription> descriptions = ((PdfBoxFSFont) font).getFontDescriptions();
        PDFont pdf = descriptions == null || descriptions.isEmpty() ? null : descriptions.get(0).getFont();
        String text = TextRenderer.getEffectivePrintableString(string);
        float sum = pdf == null || text == null ? Float.NaN : sum(pdf, text);
        if (Float.isNaN(sum)) {
            return super.getWidth(context, font, string);
        }
        // As PdfBoxTextRenderer rounds.
        float result = sum / 1000f * font.getSize2D();
        return result - Math.floor(result) < TEXT_MEASURING_DELTA ? (int) result : (int) Math.ceil(result);
    }

    /** The sum of the widths of the characters, as {@code getStringWidth} adds them; NaN when one is unknown. */
    private float sum(PDFont pdf, String text) {
        float[][] pages = widths.computeIfAbsent(pdf, f -> new float[256][]);
        float sum = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                return Float.NaN;
            }
            float[] page = pages[c >>> 8];
            if (page == null) {
                page = new float[256];
                java.util.Arrays.fill(page, UNKNOWN);
                pages[c >>> 8] = page;
            }
            float width = page[c & 0xFF];
            if (width == UNKNOWN) {
                width = widthOf(pdf, c);
                page[c & 0xFF] = width;
            }
            if (Float.isNaN(width)) {
                return Float.NaN;
            }
            sum += width;
        }
        return sum;
    }

    private static float widthOf(PDFont pdf, char c) {
        try {
            return pdf.getStringWidth(String.valueOf(c));
        } catch (IllegalArgumentException | IOException e) {
            // No glyph for it: OpenHTMLtoPDF's measuring falls back to other fonts or a replacement.
            return Float.NaN;
        }
    }
}
