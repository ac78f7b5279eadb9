package vn.thidua.rules.internal.check;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import vn.thidua.plan.text.Nfc;
import vn.thidua.plan.text.VietnameseDates;

/** How rules compare the words of a plan and write what they found. */
public final class Texts {

    private Texts() {
    }

    /**
     * The comparable form of a phrase: NFC, upper case, inner spaces collapsed, trailing
     * punctuation ({@code . : ; ,}) and outer spaces dropped. {@code "III. Tổ chức thực hiện."}
     * and {@code "III. TỔ CHỨC THỰC HIỆN"} compare equal.
     */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        // One pass instead of two regular expressions (compiled on every call, the most of a
        // validation's time): the same result as
        // strip().replaceAll("\\s+", " ").replaceAll("[\\s.:;,]+$", "") on the NFC text.
        String nfc = Nfc.of(text).strip();
        int end = nfc.length();
        while (end > 0 && isTrailing(nfc.charAt(end - 1))) {
            end--;
        }
        // the stops dropped first, a run of spaces inside becomes one
        return spaced(nfc.substring(0, end)).toUpperCase(Locale.ROOT);
    }

    /**
     * The text with each run of {@code \\s} (space, tab, line breaks) as one space: what
     * {@code replaceAll("\\s+", " ")} gives, without compiling an expression on every call; the text
     * itself when its spaces are single {@code ' '}s already, as most headings and task texts are.
     */
    public static String spaced(String text) {
        if (spacedOnce(text)) {
            return text;
        }
        StringBuilder spaced = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isRegexSpace(c)) {
                inSpace = true;
            } else {
                if (inSpace) {
                    spaced.append(' ');
                    inSpace = false;
                }
                spaced.append(c);
            }
        }
        if (inSpace) {
            spaced.append(' ');
        }
        return spaced.toString();
    }

    /** Whether the key contains one of the phrase keys (both made by {@link #key}). */
    public static boolean mentionsAny(String key, List<String> phraseKeys) {
        for (String phrase : phraseKeys) {
            if (key.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every space of the text is a single {@code ' '}: {@link #spaced} leaves it as it is. */
    private static boolean spacedOnce(String text) {
        char previous = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isRegexSpace(c) && (c != ' ' || previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /** What {@code \\s} matches in a Java regular expression without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isTrailing(char c) {
        return isRegexSpace(c) || c == '.' || c == ':' || c == ';' || c == ',';
    }

    public static String quoted(String text) {
        return text == null ? "(không có)" : "“" + text + "”";
    }

    public static String quotedAll(Collection<String> texts) {
        return texts.isEmpty() ? "(không có)" : texts.stream().map(Texts::quoted).collect(Collectors.joining(", "));
    }

    public static String date(LocalDate date) {
        return date == null ? "(không có)" : VietnameseDates.formatShort(date);
    }

    public static String window(LocalDate from, LocalDate to) {
        return "từ " + date(from) + " đến " + date(to);
    }

    public static String or(List<String> alternatives) {
        return alternatives.isEmpty() ? "(không có)" : String.join(" hoặc ", alternatives.stream().map(Texts::quoted).toList());
    }
}
