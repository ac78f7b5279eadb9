package vn.thidua.plan.store.jpa.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.thidua.plan.Plan;
import vn.thidua.plan.Task;

/**
 * Text folded for search the same way on every database: lower case, Vietnamese diacritics removed
 * ({@code đ} becomes {@code d}), anything but letters and digits turned into single spaces. Folding
 * happens here, in Java, so H2 and PostgreSQL compare the same strings with a plain {@code LIKE}.
 */
final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {
    }

    /** {@code "Kế hoạch – Đợt 1"} → {@code "ke hoach dot 1"}. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return NOT_WORD.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** What a plan is found by: its title (trích yếu) and the content of each task. */
    static String of(Plan plan) {
        StringBuilder text = new StringBuilder(fold(plan.summary()));
        for (Task task : plan.tasks()) {
            text.append(' ').append(fold(task.content()));
        }
        return text.toString();
    }

    /** The words of a query, folded; empty when it has none. */
    static List<String> words(String query) {
        String folded = fold(query);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }
}
