package vn.thidua.rules.internal.check;

import java.math.MathContext;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.apache.commons.jexl3.JexlArithmetic;

/**
 * The arithmetic of expression rules: JEXL's, except that matching a regular expression
 * ({@code =~}, {@code !~}) runs under a step budget. An expression has no loop, so its running time
 * is bounded by its size, except inside a regular expression, which can backtrack for ages
 * ({@code '(.*a){25}b'}); the budget stops such a match with an error instead.
 */
final class BoundedArithmetic extends JexlArithmetic {

    /** Characters a single match may read; a match over a plan's longest text reads a few thousand. */
    static final int MATCH_STEPS = 1_000_000;

    BoundedArithmetic() {
        super(true);
    }

    private BoundedArithmetic(boolean strict, MathContext context, int scale) {
        super(strict, context, scale);
    }

    @Override
    protected JexlArithmetic createWithOptions(boolean strict, MathContext context, int scale) {
        return new BoundedArithmetic(strict, context, scale);
    }

    @Override
    public Boolean contains(Object container, Object value) {
        if (container instanceof Pattern pattern && value != null) {
            return matches(pattern, value.toString());
        }
        if (container instanceof CharSequence regex && value != null) {
            try {
                return matches(Pattern.compile(regex.toString()), value.toString());
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("biểu thức chính quy sai: " + e.getDescription(), e);
            }
        }
        return super.contains(container, value);
    }

    private static boolean matches(Pattern pattern, String text) {
        return pattern.matcher(new BoundedText(text, 0, text.length(), new int[] {0})).matches();
    }

    /** A match ran out of steps. */
    static final class BudgetExceeded extends RuntimeException {

        private static final long serialVersionUID = 1L;

        BudgetExceeded() {
            super("so khớp biểu thức chính quy vượt quá " + MATCH_STEPS + " bước");
        }
    }

    /** A text that counts the characters a matcher reads, shared by its sub-sequences. */
    private static final class BoundedText implements CharSequence {

        private final String text;
        private final int start;
        private final int end;
        private final int[] steps;

        BoundedText(String text, int start, int end, int[] steps) {
            this.text = text;
            this.start = start;
            this.end = end;
            this.steps = steps;
        }

        @Override
        public int length() {
            return end - start;
        }

        @Override
        public char charAt(int index) {
            if (++steps[0] > MATCH_STEPS) {
                throw new BudgetExceeded();
            }
            return text.charAt(start + index);
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            return new BoundedText(text, start + from, start + to, steps);
        }

        @Override
        public String toString() {
            return text.substring(start, end);
        }
    }
}
