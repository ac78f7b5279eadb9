package vn.thidua.export.docx.internal;

import java.text.Normalizer;

/**
 * An estimate of how wide a line of Times New Roman is, for the rules Nghị định 30/2020 draws under
 * the Tiêu ngữ (as long as its text), the agency and the summary (a third to a half of theirs). The
 * widths are the font's average advance widths by kind of character, in thousandths of an em.
 */
final class TextWidth {

    private TextWidth() {
    }

    /** The width in twentieths of a point. */
    static int twips(String text, double points, boolean bold) {
        String base = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        double em = 0;
        for (int i = 0; i < base.length(); i++) {
            em += advance(base.charAt(i), bold);
        }
        return (int) Math.round(em / 1000.0 * points * 20);
    }

    private static int advance(char c, boolean bold) {
        if (c == ' ') {
            return 250;
        } else if (Character.isUpperCase(c)) {
            return bold ? 730 : 690;
        } else if (Character.isLowerCase(c)) {
            return bold ? 500 : 460;
        } else if (Character.isDigit(c)) {
            return 500;
        }
        return 333;
    }
}
