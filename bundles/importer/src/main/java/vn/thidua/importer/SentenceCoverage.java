package vn.thidua.importer;

import java.util.List;

/**
 * How much of the document's text stands in the imported plan's reading-order text.
 *
 * @param sentences the number of sentences the document has
 * @param missing the sentences not found in order (empty when nothing was lost)
 */
public record SentenceCoverage(int sentences, List<String> missing) {

    public SentenceCoverage {
        missing = List.copyOf(missing);
    }

    public boolean complete() {
        return missing.isEmpty();
    }
}
