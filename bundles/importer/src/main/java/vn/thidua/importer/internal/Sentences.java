package vn.thidua.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.thidua.importer.SentenceCoverage;
import vn.thidua.importer.internal.document.DocBlock;
import vn.thidua.importer.internal.document.DocParagraph;
import vn.thidua.importer.internal.document.DocTable;
import vn.thidua.importer.internal.document.SourceDocument;

/**
 * The check that nothing was lost: the document's sentences (cut after {@code . ; : ! ?}, before a
 * {@code -} or {@code +} marker and at table cells, as the fixtures are checked) each found in the
 * plan's reading-order text, in order.
 */
public final class Sentences {

    private static final Pattern BREAK = Pattern.compile("\u0000|(?<=[.;:!?])\\s+|\\s+(?=[-+]\\s)");

    private Sentences() {
    }

    public static List<String> of(String text) {
        String collapsed = text.replace('\t', '\u0000').replaceAll("[ \\n\\r\\f\\u000B]+", " ").strip();
        List<String> out = new ArrayList<>();
        for (String s : BREAK.split(collapsed)) {
            String t = s.strip();
            if (!t.isEmpty() && !t.matches("[-+.;:,/]+")) {
                out.add(t);
            }
        }
        return out;
    }

    /** The document's text, one line a paragraph, tab-separated cells. */
    public static String text(SourceDocument document) {
        StringBuilder out = new StringBuilder();
        for (DocBlock block : document.blocks()) {
            if (block instanceof DocParagraph p) {
                out.append(p.fullText()).append('\n');
            } else if (block instanceof DocTable t) {
                for (int r = 0; r < t.rows().size(); r++) {
                    out.append(String.join("\t", t.gridRow(r))).append('\n');
                }
            }
        }
        return out.toString();
    }

    public static SentenceCoverage coverage(List<String> sentences, String rendered) {
        String text = rendered.replaceAll("\\s+", " ");
        List<String> missing = new ArrayList<>();
        int cursor = 0;
        for (String sentence : sentences) {
            int at = text.indexOf(sentence, cursor);
            if (at < 0) {
                missing.add(text.contains(sentence) ? "[out of order] " + sentence : sentence);
            } else {
                cursor = at + sentence.length();
            }
        }
        return new SentenceCoverage(sentences.size(), missing);
    }
}
