package vn.thidua.export.testing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-sequence similarity of two texts: {@code 1 − d / max(|a|, |b|)}, where the words are the
 * maximal runs of letters and digits of each text (NFC, case kept, punctuation and markup ignored)
 * and {@code d} is the word-level Levenshtein distance (insertions, deletions and substitutions of
 * whole words). 1 means the same words in the same order; a reordering, a lost or an extra word, or a
 * word with a wrong diacritic all lower it.
 */
public final class WordSimilarity {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

    private WordSimilarity() {
    }

    public static double of(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        int longest = Math.max(x.size(), y.size());
        return longest == 0 ? 1.0 : 1.0 - (double) distance(x, y) / longest;
    }

    public static List<String> words(String text) {
        Matcher m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * The word edits that turn {@code a} into {@code b}, at most {@code limit} of them, each as
     * {@code -word}, {@code +word} or {@code old→new}, so that a failed comparison says what differs.
     */
    public static List<String> edits(String a, String b, int limit) {
        List<String> x = words(a);
        List<String> y = words(b);
        int[][] d = new int[x.size() + 1][y.size() + 1];
        for (int i = 0; i <= x.size(); i++) {
            for (int j = 0; j <= y.size(); j++) {
                d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(
                        d[i - 1][j - 1] + (x.get(i - 1).equals(y.get(j - 1)) ? 0 : 1),
                        Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
            }
        }
        List<String> out = new ArrayList<>();
        int i = x.size();
        int j = y.size();
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + (x.get(i - 1).equals(y.get(j - 1)) ? 0 : 1)) {
                if (!x.get(i - 1).equals(y.get(j - 1))) {
                    out.add(0, x.get(i - 1) + "→" + y.get(j - 1));
                }
                i--;
                j--;
            } else if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
                out.add(0, "-" + x.get(--i));
            } else {
                out.add(0, "+" + y.get(--j));
            }
        }
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    /** Levenshtein distance over words, two rows of the table at a time. */
    static int distance(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.size(); j++) {
                int substitute = previous[j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }
}
