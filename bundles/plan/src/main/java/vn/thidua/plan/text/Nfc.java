package vn.thidua.plan.text;

import java.text.Normalizer;

/**
 * Text in Unicode NFC, the form every plan value keeps, with a fast path for the characters plans are
 * written in: the normalizer's table look-ups, even only to find a text already NFC, were a seventh
 * of reading a posted plan and a quarter of the rules' text keys.
 */
public final class Nfc {

    private Nfc() {
    }

    /** The NFC form of the text (the same instance when it is NFC already), or null. */
    public static String of(String text) {
        if (text == null || surely(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Whether every character is one that NFC keeps as it is and that composes with nothing before or
     * after it: below the combining marks (U+0300), Latin Extended Additional (U+1E00 to U+1EFF, the
     * precomposed Vietnamese vowels with tone marks) and the dashes, quotes, bullet and ellipsis
     * U+2010 to U+2027. {@code NfcTest} checks every pair of these characters against the JDK.
     */
    static boolean surely(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0300' && (c < '\u1E00' || c > '\u1EFF') && (c < '\u2010' || c > '\u2027')) {
                return false;
            }
        }
        return true;
    }
}
