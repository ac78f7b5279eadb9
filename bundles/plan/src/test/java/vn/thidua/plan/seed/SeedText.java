package vn.thidua.plan.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of a seed plan (as extracted from the published document) with the extraction's markup
 * removed, and the sentences of a text the way the fixture checks compare them.
 */
public final class SeedText {

    public static final List<String> SEEDS = List.of(
            "000_d3ad60d258665efa", "001_b902e8c9f1ecfedd", "002_d4688f34a2318412",
            "003_44668950db2da263", "004_a5c35aef69c6ea26");

    private static final Pattern HEADING_MARK = Pattern.compile("(?m)^\\s*#+\\s*");
    private static final Pattern INLINE_MARKUP = Pattern.compile("</?i>|\\*+");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("\u0000|(?<=[.;:!?])\\s+|\\s+(?=[-+]\\s)");

    private SeedText() {
    }

    /** The raw seed text as shipped in the test resources. */
    public static String raw(String seed) {
        return resource("/seeds/" + seed + ".txt");
    }

    /** The seed without markdown headings, emphasis and HTML tags; line structure kept. */
    public static String clean(String seed) {
        String text = Normalizer.normalize(raw(seed), Normalizer.Form.NFC);
        text = HEADING_MARK.matcher(text).replaceAll("");
        return INLINE_MARKUP.matcher(text).replaceAll("");
    }

    /**
     * Sentences of a text: whitespace (line breaks included) collapsed, cut after {@code . ; : ! ?},
     * before a {@code -} or {@code +} marker and at table cells (tabs).
     */
    public static List<String> sentences(String text) {
        String collapsed = text.replace('\t', '\u0000').replaceAll("[ \\n\\r\\f\\u000B]+", " ").strip();
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_BREAK.split(collapsed)) {
            String t = s.strip();
            if (!t.isEmpty() && !t.matches("[-+.;:,/]+")) {
                out.add(t);
            }
        }
        return out;
    }

    /** Whitespace collapsed to single spaces, tabs included. */
    public static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    public static String resource(String path) {
        try (InputStream in = SeedText.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(String text) {
        return Arrays.asList(text.split("\n", -1));
    }
}
