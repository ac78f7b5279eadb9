package vn.thidua.rest.internal.problem;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps what a problem quotes back short, whatever produced it (a parameter check, a JSON
 * error, a rule's finding): a quoted input ({@code '…'}) longer than {@value #QUOTE_LIMIT}
 * characters is cut there and says how long it was, and no text of a problem passes
 * {@value #TEXT_LIMIT} characters. A 1 MB field gave a 2 MB error before.
 */
final class QuotedInput {

    static final int QUOTE_LIMIT = 200;
    static final int TEXT_LIMIT = 2000;

    private static final Pattern LONG_QUOTE = Pattern.compile("'([^']{" + (QUOTE_LIMIT + 1) + ",})'");

    private QuotedInput() {
    }

    static String shorten(String text) {
        if (text == null || text.length() <= QUOTE_LIMIT) {
            return text;
        }
        Matcher quote = LONG_QUOTE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (quote.find()) {
            String quoted = quote.group(1);
            quote.appendReplacement(out, Matcher.quoteReplacement(
                    "'" + cut(quoted, QUOTE_LIMIT) + "…' (" + quoted.length() + " characters)"));
        }
        quote.appendTail(out);
        return out.length() <= TEXT_LIMIT ? out.toString() : cut(out.toString(), TEXT_LIMIT) + "…";
    }

    /** At most {@code limit} characters, not splitting a surrogate pair. */
    private static String cut(String text, int limit) {
        int end = Math.min(limit, text.length());
        if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
