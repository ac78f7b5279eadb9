package vn.thidua.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.Plan;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.rules.Finding;
import vn.thidua.rules.RulePack;
import vn.thidua.rules.RulePackInfo;

/**
 * Every finding of every seed plan against every shipped pack (not only the one in force: a plan of
 * another province or year trips most rules), as recorded in {@code golden/seed-findings.txt} before the
 * rules were made faster. Speeding up the validation must not change one of them. After a deliberate
 * change of a rule, run with {@code -Dgolden.write=true} and review the file's diff.
 */
class SeedFindingsTest {

    private static final List<String> SEEDS = List.of("000_d3ad60d258665efa", "001_b902e8c9f1ecfedd",
            "002_d4688f34a2318412", "003_44668950db2da263", "004_a5c35aef69c6ea26");
    private static final String GOLDEN = "golden/seed-findings.txt";

    @Test
    void everySeedAgainstEveryPackFindsWhatItFoundBefore() throws IOException {
        PackCatalog catalog = ShippedPacks.catalog();
        StringBuilder all = new StringBuilder();
        for (RulePackInfo info : catalog.packs()) {
            RulePack pack = catalog.pack(info.id()).orElseThrow();
            for (String seed : SEEDS) {
                Plan plan = Fixtures.plan(seed);
                all.append("== ").append(seed).append(" against ").append(info.id()).append('\n');
                for (Finding f : pack.validate(plan).findings()) {
                    all.append(f.ruleId()).append(' ').append(f.severity()).append(' ').append(f.pointer()).append('\n')
                            .append("  ").append(f.message()).append('\n')
                            .append("  expected ").append(f.expected()).append('\n')
                            .append("  found ").append(f.found()).append('\n');
                }
            }
        }
        if (Boolean.getBoolean("golden.write")) {
            Files.writeString(Path.of("src/test/resources", GOLDEN), all, StandardCharsets.UTF_8);
        }
        String golden;
        try (InputStream in = SeedFindingsTest.class.getClassLoader().getResourceAsStream(GOLDEN)) {
            assertThat(in).as(GOLDEN).isNotNull();
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(all.toString()).isEqualTo(golden);
        assertThat(golden).as("the seeds trip rules of other packs").contains("required-sections");
    }
}
