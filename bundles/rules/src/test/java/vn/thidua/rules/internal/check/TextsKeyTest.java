package vn.thidua.rules.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.seed.Fixtures;

/**
 * {@link Texts#key} is a single pass now; it must give what the two regular expressions it replaced
 * gave, on every string of the seed plans and on the edge cases of spacing and punctuation.
 */
class TextsKeyTest {

    /** The definition the engine used before: NFC, strip, collapse {@code \s+}, drop trailing {@code [\s.:;,]+}, upper. */
    private static String regexKey(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        return nfc.replaceAll("[\\s.:;,]+$", "").toUpperCase(Locale.ROOT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "III. Tổ chức thực hiện.", "III. TỔ CHỨC THỰC HIỆN", "a \t\n b", "abc .  ",
        "abc . ; , :", "\u2003a\u2003 b\u2003", "a\u00A0b\u00A0", "x\u000B\fy\r\n", ". : ;", "Tổ chức thực hiện",
        "  ngày 19/5 .", "ß straße", "ǆ ǲ",
        "a  b.", "a\tb.", "a b ,", "a\u2003.", "a . b .", "a.b", "Trước ngày 15/12;\n", "x\r\n."})
    void sameAsTheRegularExpressions(String text) {
        assertThat(Texts.key(text)).isEqualTo(regexKey(text));
        // spaced, which key uses, on the text as it is: runs of spaces at either end too
        assertThat(Texts.spaced(text)).isEqualTo(text.replaceAll("\\s+", " "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_d3ad60d258665efa", "001_b902e8c9f1ecfedd", "002_d4688f34a2318412",
        "003_44668950db2da263", "004_a5c35aef69c6ea26"})
    void sameOnEveryStringOfTheSeed(String seed) {
        List<String> strings = new ArrayList<>();
        Matcher m = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(Fixtures.json(seed));
        while (m.find()) {
            strings.add(m.group(1).replace("\\n", "\n").replace("\\t", "\t"));
        }
        assertThat(strings).hasSizeGreaterThan(50);
        for (String s : strings) {
            assertThat(Texts.key(s)).as(s).isEqualTo(regexKey(s));
        }
    }

    @Test
    void nullIsEmpty() {
        assertThat(Texts.key(null)).isEmpty();
    }
}
