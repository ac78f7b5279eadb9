package vn.thidua.rules.internal.check;

import java.math.MathContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.jexl3.JexlArithmetic;

import com.google.re2j.Pattern;

/**
 * The arithmetic of expression rules: JEXL's, except that matching a regular expression
 * ({@code =~}, {@code !~}) runs on RE2/J ({@link PackRegex}), in time linear in the text. An
 * expression has no loop, so its running time is bounded by its size, except inside a regular
 * expression, which {@code java.util.regex} can backtrack in for ages ({@code '(.*a){25}b'}).
 */
final class BoundedArithmetic extends JexlArithmetic {

    /** Patterns of one rule, compiled once: a rule names a handful. */
    private static final int CACHED_PATTERNS = 32;

    private final Map<String, Pattern> compiled;

    BoundedArithmetic() {
        super(true);
        compiled = cache();
    }

    private BoundedArithmetic(boolean strict, MathContext context, int scale, Map<String, Pattern> compiled) {
        super(strict, context, scale);
        this.compiled = compiled;
    }

    @Override
    protected JexlArithmetic createWithOptions(boolean strict, MathContext context, int scale) {
        return new BoundedArithmetic(strict, context, scale, compiled);
    }

    @Override
    public Boolean contains(Object container, Object value) {
        if (container instanceof java.util.regex.Pattern literal && value != null) {
            return PackRegex.matches(pattern(literal.pattern()), value.toString());
        }
        if (container instanceof CharSequence regex && value != null) {
            return PackRegex.matches(pattern(regex.toString()), value.toString());
        }
        return super.contains(container, value);
    }

    private Pattern pattern(String regex) {
        Pattern pattern = compiled.get(regex);
        if (pattern == null) {
            try {
                pattern = PackRegex.compile(regex, 0);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("biểu thức chính quy " + regex + " không dùng được: " + e.getMessage(), e);
            }
            compiled.put(regex, pattern);
        }
        return pattern;
    }

    private static Map<String, Pattern> cache() {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
                return size() > CACHED_PATTERNS;
            }
        });
    }
}
