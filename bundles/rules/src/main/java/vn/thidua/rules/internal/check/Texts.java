package vn.thidua.rules.internal.check;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

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
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        return nfc.replaceAll("[\\s.:;,]+$", "").toUpperCase(Locale.ROOT);
    }

    public static boolean sameKey(String a, String b) {
        return key(a).equals(key(b));
    }

    public static boolean anyKey(Collection<String> accepted, String text) {
        String key = key(text);
        return accepted.stream().anyMatch(a -> key(a).equals(key));
    }

    /** Whether the text contains the phrase, compared by {@link #key}. */
    public static boolean mentions(String text, String phrase) {
        return key(text).contains(key(phrase));
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
