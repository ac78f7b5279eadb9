package vn.thidua.plan.internal;

import java.util.List;

import vn.thidua.plan.InvalidFieldException;
import vn.thidua.plan.text.Nfc;

/** Invariants every plan value enforces in its constructor: NFC text, immutable lists, required fields. */
public final class Values {

    private Values() {
    }

    /** NFC form of the text, or null; Vietnamese letters typed with combining marks become precomposed. */
    public static String nfc(String text) {
        return Nfc.of(text);
    }

    /** Required, non-blank text in NFC. */
    public static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException(field, "is required");
        }
        return nfc(text);
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidFieldException(field, "is required");
        }
        return value;
    }

    /** An immutable copy; null becomes empty. Null elements are refused. */
    public static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (T value : values) {
            if (value == null) {
                throw new InvalidFieldException(field, "must not contain null");
            }
        }
        return List.copyOf(values);
    }

    /**
     * An immutable copy of texts, each in NFC; null becomes empty, null elements are refused. One loop:
     * a copy and then a stream over it were an eighth of reading a posted plan.
     */
    public static List<String> texts(List<String> values, String field) {
        if (values == null) {
            return List.of();
        }
        String[] texts = new String[values.size()];
        int i = 0;
        for (String value : values) {
            if (value == null) {
                throw new InvalidFieldException(field, "must not contain null");
            }
            texts[i++] = nfc(value);
        }
        return List.of(texts);
    }

    public static int range(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new InvalidFieldException(field, "must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    /** Refuses an empty list: {@code field must not be empty}. */
    public static <T> List<T> notEmpty(List<T> values, String field) {
        if (values.isEmpty()) {
            throw new InvalidFieldException(field, "must not be empty");
        }
        return values;
    }

    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }

}
