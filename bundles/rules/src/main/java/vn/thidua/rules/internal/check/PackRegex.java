package vn.thidua.rules.internal.check;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

import vn.thidua.rules.internal.descriptor.DescriptorException;

/**
 * The regular expressions a pack supplies (outline {@code accept}, {@code numberPattern}, {@code =~}
 * in expressions), on RE2/J: matching takes time linear in the text whatever the pattern, so
 * {@code (.*A){25}B} cannot backtrack for minutes as {@code java.util.regex} does. RE2 has no
 * backreferences and no lookaround; a pattern that uses them is refused when the pack loads, with
 * the JSON Pointer of the pattern. Matching also reads the text through {@link ValidationBudget}.
 */
public final class PackRegex {

    /** Longer patterns are refused: a pack's patterns are a few words. */
    static final int MAX_LENGTH = 1000;
    /** RE2 instructions a pattern may compile to. */
    static final int MAX_PROGRAM = 20_000;
    /**
     * The repeat counts of a pattern ({@code {2}}, {@code {1,4}}) multiplied: nested, they multiply
     * the program RE2 compiles ({@code ((a{1000}){1000}){1000}} would be a billion instructions, built
     * before its size could be read), so they are bounded before compiling.
     */
    static final long MAX_REPEATS = 1000;

    private PackRegex() {
    }

    /** The pattern, or a refusal at the pointer that says what RE2 cannot run. */
    public static Pattern compile(String regex, int flags, String pointer) {
        try {
            return compile(regex, flags);
        } catch (IllegalArgumentException e) {
            throw new DescriptorException(pointer, e.getMessage());
        }
    }

    /**
     * The pattern.
     *
     * @throws IllegalArgumentException saying why it is refused
     */
    static Pattern compile(String regex, int flags) {
        if (regex.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("is a regular expression of " + regex.length()
                    + " characters; a pack's has at most " + MAX_LENGTH);
        }
        long repeats = repeats(regex);
        if (repeats > MAX_REPEATS) {
            throw new IllegalArgumentException("is a regular expression too large to run ('" + regex + "': its repeat counts"
                    + " multiply to " + repeats + "; at most " + MAX_REPEATS + ")");
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex, flags);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("is not a regular expression this platform runs ('" + regex + "': "
                    + e.getDescription() + "); patterns are RE2 syntax, matched in linear time: no backreference (\\1),"
                    + " no lookahead or lookbehind ((?=, (?!, (?<=, (?<!), no possessive or atomic group");
        }
        if (pattern.programSize() > MAX_PROGRAM) {
            throw new IllegalArgumentException("is a regular expression too large to run ('" + regex + "' compiles to "
                    + pattern.programSize() + " instructions; at most " + MAX_PROGRAM + ")");
        }
        return pattern;
    }

    /** The product of the upper bounds of every counted repeat, outside character classes and escapes. */
    private static long repeats(String regex) {
        long product = 1;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '{') {
                int close = regex.indexOf('}', i);
                String count = close < 0 ? "" : regex.substring(i + 1, close);
                if (count.matches("\\d{1,9}(,\\d{0,9})?")) {
                    String[] bounds = count.split(",", -1);
                    String upper = bounds.length == 2 && !bounds[1].isEmpty() ? bounds[1] : bounds[0];
                    product = Math.min(Long.MAX_VALUE / 1_000_000_000L, product * Math.max(1, Long.parseLong(upper)));
                    i = close;
                }
            }
        }
        return product;
    }

    /** Whether the whole text matches, read under the validation's budget. */
    public static boolean matches(Pattern pattern, String text) {
        return pattern.matcher(new BudgetedText(text)).matches();
    }

    /** A text that looks at the validation's budget every few thousand characters read. */
    private static final class BudgetedText implements CharSequence {

        private final String text;
        private int reads;

        BudgetedText(String text) {
            this.text = text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if (++reads % ValidationBudget.CHARS_PER_CHECK == 0) {
                ValidationBudget.check();
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            return text.subSequence(from, to);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
