package vn.thidua.rules.internal.check;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@link Texts#key}s of one validation, each made once: the rules compare the same headings, forms,
 * titles and agencies (the plan's and the pack's) again and again, and making a key (NFC, spaces,
 * upper case) was a quarter of the rules' time. Held by one {@link RuleContext}, on one thread.
 */
public final class TextKeys {

    private final Map<String, String> keys = new HashMap<>();

    /** {@link Texts#key} of the text, made at most once in this validation. */
    public String of(String text) {
        if (text == null) {
            return "";
        }
        String key = keys.get(text);
        if (key == null) {
            key = Texts.key(text);
            keys.put(text, key);
        }
        return key;
    }

    /** Whether the two texts have the same key. */
    public boolean same(String a, String b) {
        return of(a).equals(of(b));
    }

    /** Whether the text has the key of one of the accepted texts. */
    public boolean any(Collection<String> accepted, String text) {
        String key = of(text);
        for (String a : accepted) {
            if (of(a).equals(key)) {
                return true;
            }
        }
        return false;
    }
}
