package vn.thidua.importer.internal.read;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A run of text on one line of a page, with where it stands: its left and right, its top and
 * baseline (from the page's top down), its font size, the width of its first word and of a space.
 * Bold when all its glyphs are. A line of a page is one span, or several when a wide gap parts it (two columns, table cells drawn
 * without rules).
 */
record PdfSpan(float x0, float x1, float top, float baseline, float size, String text, float firstWord, float space,
        boolean bold) {

    /** A gap wider than this many spaces (and 14 pt) parts a line into spans. */
    private static final float SPAN_GAP_SPACES = 4f;
    /** A baseline step (pt) that parts a line into spans at a word's gap (this many spaces) or wider. */
    private static final float BASELINE_STEP = 0.5f;
    private static final float BASELINE_STEP_GAP_SPACES = 0.5f;

    /** The glyphs grouped into lines (top to bottom), each line's glyphs left to right. */
    static List<List<TextPosition>> lines(List<TextPosition> glyphs) {
        List<TextPosition> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
        List<List<TextPosition>> lines = new ArrayList<>();
        List<TextPosition> line = null;
        float baseline = 0;
        for (TextPosition g : sorted) {
            float size = size(g);
            if (line == null || g.getYDirAdj() - baseline > 0.4f * size) {
                line = new ArrayList<>();
                lines.add(line);
                baseline = g.getYDirAdj();
            }
            line.add(g);
        }
        for (List<TextPosition> l : lines) {
            l.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
        }
        return lines;
    }

    /** A line's glyphs as spans, parted at wide gaps; {@code split} false keeps the line one span. */
    static List<PdfSpan> spans(List<TextPosition> line, boolean split) {
        List<PdfSpan> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= line.size(); i++) {
            if (i == line.size() || (split && parts(line.get(i - 1), line.get(i)))) {
                PdfSpan span = of(line.subList(start, i));
                if (span != null) {
                    out.add(span);
                }
                start = i;
            }
        }
        return out;
    }

    private static PdfSpan of(List<TextPosition> glyphs) {
        StringBuilder text = new StringBuilder();
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float baseline = 0;
        float size = 0;
        float space = 0;
        float firstWordEnd = Float.NaN;
        TextPosition previous = null;
        boolean bold = true;
        for (TextPosition g : glyphs) {
            String u = g.getUnicode();
            boolean blank = u == null || u.isBlank();
            if (previous != null && !blank && text.length() > 0 && text.charAt(text.length() - 1) != ' '
                    && gap(previous, g) > 0.3f * space(g)) {
                text.append(' ');
            }
            if (blank) {
                if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
            } else {
                if (text.length() > 0 && text.charAt(text.length() - 1) == ' ' && Float.isNaN(firstWordEnd)) {
                    firstWordEnd = previous == null ? g.getXDirAdj() : end(previous);
                }
                text.append(u);
                x0 = Math.min(x0, g.getXDirAdj());
                x1 = Math.max(x1, end(g));
                top = Math.min(top, g.getYDirAdj() - g.getHeightDir());
                baseline = Math.max(baseline, g.getYDirAdj());
                size = Math.max(size, size(g));
                space = Math.max(space, space(g));
                bold &= bold(g);
                previous = g;
            }
        }
        String t = Normalizer.normalize(text.toString(), Normalizer.Form.NFC).strip();
        if (t.isEmpty()) {
            return null;
        }
        float firstWord = (Float.isNaN(firstWordEnd) ? x1 : firstWordEnd) - x0;
        return new PdfSpan(x0, x1, top, baseline, size, t, firstWord, space, bold);
    }

    /** Whether a glyph is set in a bold face: its font's weight, its flag, or its name says so. */
    private static boolean bold(TextPosition g) {
        PDFont font = g.getFont();
        if (font == null) {
            return false;
        }
        PDFontDescriptor d = font.getFontDescriptor();
        if (d != null && (d.isForceBold() || d.getFontWeight() >= 600)) {
            return true;
        }
        String name = font.getName();
        return name != null && name.toLowerCase(java.util.Locale.ROOT).contains("bold");
    }

    /**
     * Whether two glyphs side by side belong to different spans: a gap wider than a few spaces, or a
     * word's gap where the baseline steps. Two cells of a layout table (a letterhead whose agency line
     * fills its half of the page, set beside the national title in another size) can stand a space
     * apart, but their lines are set each on its own baseline; a line of one paragraph keeps one.
     */
    private static boolean parts(TextPosition a, TextPosition b) {
        float gap = gap(a, b);
        if (gap > Math.max(SPAN_GAP_SPACES * space(b), 14f)) {
            return true;
        }
        return gap >= BASELINE_STEP_GAP_SPACES * space(b) && Math.abs(a.getYDirAdj() - b.getYDirAdj()) > BASELINE_STEP;
    }

    private static float gap(TextPosition a, TextPosition b) {
        return b.getXDirAdj() - end(a);
    }

    private static float end(TextPosition g) {
        return g.getXDirAdj() + g.getWidthDirAdj();
    }

    static float size(TextPosition g) {
        float s = g.getFontSizeInPt();
        return s > 0 ? s : Math.max(g.getHeightDir(), 1f);
    }

    private static float space(TextPosition g) {
        float w = g.getWidthOfSpace();
        return Float.isNaN(w) || w <= 0 ? 0.25f * size(g) : w;
    }
}
