package vn.thidua.importer.internal.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The paragraphs of a column of lines, from their geometry: a line opens a paragraph when the line
 * before it ended early (the next line's first word would have fitted on it), when it is indented
 * past the lines before it, when the gap above it is wider than the lines' spacing, or when its font
 * size or weight differs, or when it opens a list item after a line that ends a clause; centred lines by their
 * widths. Otherwise it continues the paragraph: the line was wrapped.
 */
final class PdfParagraphs {

    /** A list item's opening: a dash or bullet, a number, a letter with a parenthesis. */
    private static final Pattern LIST_ITEM = Pattern.compile("^([-+•*–]\\s|\\d+(\\.\\d+)*[.)]\\s|[a-zđ]\\)\\s)");
    /** A line ending a clause or a sentence. */
    private static final Pattern CLAUSE_END = Pattern.compile("[;.:!?]\\s*$");

    /** A baseline-to-baseline pitch over this many font sizes is a paragraph's spacing, not a line's. */
    private static final float PARAGRAPH_PITCH = 1.5f;

    /** A paragraph: its text, its first and last lines, and the right edge of the column it was set in. */
    record Paragraph(String text, PdfSpan first, PdfSpan last, float left, float right) {
    }

    private PdfParagraphs() {
    }

    /** The paragraphs of a column whose widest line shows its width (body text, a table cell). */
    static List<Paragraph> of(List<PdfSpan> lines) {
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (PdfSpan l : lines) {
            left = Math.min(left, l.x0());
            right = Math.max(right, l.x1());
        }
        return of(lines, left, right);
    }

    /** The paragraphs of a column from {@code left} to {@code right}. */
    static List<Paragraph> of(List<PdfSpan> lines, float left, float right) {
        List<Paragraph> out = new ArrayList<>();
        if (lines.isEmpty()) {
            return out;
        }
        StringBuilder text = new StringBuilder();
        PdfSpan first = null;
        PdfSpan previous = null;
        for (PdfSpan line : lines) {
            if (previous != null && !opens(previous, line, previous == first, left, right)) {
                text.append(joiner(text, line.text())).append(line.text());
            } else {
                if (first != null) {
                    out.add(new Paragraph(text.toString(), first, previous, left, right));
                }
                text.setLength(0);
                text.append(line.text());
                first = line;
            }
            previous = line;
        }
        out.add(new Paragraph(text.toString(), first, previous, left, right));
        return out;
    }

    /** Whether {@code line} opens a new paragraph after {@code previous}, in a column from {@code left} to {@code right}. */
    static boolean opens(PdfSpan previous, PdfSpan line, boolean previousIsFirst, float left, float right) {
        float size = Math.max(previous.size(), line.size());
        if (Math.abs(previous.size() - line.size()) > 0.75f || previous.bold() != line.bold()) {
            return true;
        }
        float pitch = line.baseline() - previous.baseline();
        if (pitch <= 0 || pitch > PARAGRAPH_PITCH * size) {
            return true;
        }
        if (LIST_ITEM.matcher(line.text()).find() && CLAUSE_END.matcher(previous.text()).find()) {
            return true;
        }
        boolean centred = Math.abs((previous.x0() + previous.x1()) - (line.x0() + line.x1())) < 3f
                && Math.abs(previous.x0() - line.x0()) > 0.5f * size;
        if (centred) {
            // A centred line was wrapped when the next line's first word would not have fitted in the column's width.
            return (previous.x1() - previous.x0()) + previous.space() + line.firstWord() < right - left - 1f;
        }
        return endedEarly(previous, line, right) || indentOpens(previous, line, previousIsFirst, size);
    }

    /** Whether the next line's first word would have fitted at the end of the line before: that line was not wrapped. */
    static boolean endedEarly(PdfSpan previous, PdfSpan line, float right) {
        // With a point to spare: a renderer may wrap a word that would just have fitted.
        return previous.x1() + previous.space() + line.firstWord() < right - 1f;
    }

    /**
     * A line indented past a paragraph's continuation lines opens a paragraph (a first-line indent);
     * a line indented past a paragraph's first line continues it (a hanging indent: a numbered item);
     * a line further left than a paragraph's continuation lines opens one too.
     */
    private static boolean indentOpens(PdfSpan previous, PdfSpan line, boolean previousIsFirst, float size) {
        float shift = line.x0() - previous.x0();
        if (previousIsFirst) {
            return false;
        }
        return Math.abs(shift) > 0.5f * size;
    }

    /**
     * What joins a wrapped line to the text before: nothing after a line that broke at a slash or a
     * hyphen inside a word ({@code 08/7/} + {@code 2018}, {@code 9001-} + {@code 2015}) or before a slash,
     * else a space.
     */
    static String joiner(CharSequence before, String next) {
        int n = before.length();
        if (n == 0) {
            return "";
        }
        char last = before.charAt(n - 1);
        boolean inWord = n >= 2 && !Character.isWhitespace(before.charAt(n - 2));
        if ((last == '/' && inWord) || next.startsWith("/")
                || (last == '-' && inWord && !next.isEmpty() && Character.isLetterOrDigit(next.charAt(0)))) {
            return "";
        }
        return " ";
    }
}
