package vn.thidua.importer.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.thidua.importer.ImportOptions;
import vn.thidua.importer.ImportResult;
import vn.thidua.importer.internal.DocumentImporter;
import vn.thidua.importer.internal.read.ReadLimits;
import vn.thidua.plan.Plan;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.plan.seed.SeedText;

/**
 * The measured accuracy of the importer: each seed's text imported and compared element by
 * element with its hand-made fixture; precision and recall per element kind and per document
 * printed as a Markdown table (the one in README.md). Every sentence of every seed must be in the
 * imported plan, and every element kind must reach the floor of 95 % precision and recall
 * over the seeds: both are asserted, so that a rule that breaks another seed's elements fails here.
 * <p>
 * {@code mvn -o -pl bundles/importer test -Dtest=ImportAccuracyTest}
 */
class ImportAccuracyTest {

    /** The acceptance floor: 95 % of each kind exactly equal to the fixtures. */
    private static final double FLOOR = 0.95;

    private final DocumentImporter importer = new DocumentImporter(ReadLimits.DEFAULTS);

    @Test
    void seedsImportWithEverySentenceAndTheTableIsPrinted() {
        Map<String, Map<String, ElementMatch.Count>> bySeed = new LinkedHashMap<>();
        StringBuilder missing = new StringBuilder();
        for (String seed : SeedText.SEEDS) {
            ImportResult result = importer.importPlan(SeedText.raw(seed).getBytes(StandardCharsets.UTF_8),
                    "text/markdown", ImportOptions.fileName(seed + ".txt"));
            if (!result.coverage().complete()) {
                missing.append(seed).append(": ").append(result.coverage().missing()).append('\n');
            }
            Plan fixture = Fixtures.plan(seed);
            bySeed.put(seed, ElementMatch.compare(fixture, result.plan()));
            // Against the seed's own sentences too, as the fixtures are checked.
            assertThat(vn.thidua.importer.internal.Sentences.coverage(SeedText.sentences(SeedText.clean(seed)),
                    String.join("\n", vn.thidua.plan.text.ReadingOrder.lines(result.plan(), false))).missing())
                    .as("sentences of seed %s missing from the imported plan", seed).isEmpty();
        }
        System.out.println(table(bySeed));
        assertThat(missing.toString()).as("sentences lost").isEmpty();
        for (String kind : ElementMatch.KINDS) {
            ElementMatch.Count total = bySeed.values().stream().map(c -> c.get(kind))
                    .reduce(new ElementMatch.Count(0, 0, 0), ElementMatch.Count::plus);
            assertThat(total.precision()).as("precision of %s over the seeds", kind).isGreaterThanOrEqualTo(FLOOR);
            assertThat(total.recall()).as("recall of %s over the seeds", kind).isGreaterThanOrEqualTo(FLOOR);
        }
    }

    static String table(Map<String, Map<String, ElementMatch.Count>> bySeed) {
        StringBuilder out = new StringBuilder();
        out.append("| element | ");
        bySeed.keySet().forEach(s -> out.append(s, 0, 3).append(" (P/R) | "));
        out.append("all: matched / fixture / imported | precision | recall |\n|---|");
        bySeed.keySet().forEach(s -> out.append("---|"));
        out.append("---|---|---|\n");
        for (String kind : ElementMatch.KINDS) {
            out.append("| ").append(kind).append(" | ");
            ElementMatch.Count total = new ElementMatch.Count(0, 0, 0);
            for (Map<String, ElementMatch.Count> counts : bySeed.values()) {
                ElementMatch.Count c = counts.get(kind);
                total = total.plus(c);
                out.append(c.expected() == 0 && c.found() == 0 ? "–" : pct(c.precision()) + " / " + pct(c.recall()))
                        .append(" | ");
            }
            out.append(total.matched()).append(" / ").append(total.expected()).append(" / ").append(total.found())
                    .append(" | ").append(pct(total.precision())).append(" | ").append(pct(total.recall())).append(" |\n");
        }
        return out.toString();
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.0f %%", v * 100);
    }
}
