package vn.thidua.importer.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.thidua.importer.ImportOptions;
import vn.thidua.importer.ImportResult;
import vn.thidua.importer.internal.DocumentImporter;
import vn.thidua.importer.internal.read.ReadLimits;
import vn.thidua.plan.seed.SeedText;

class ReviewReportTest {

    @Test
    void theReportCountsWhatWasFoundAndListsWhatToCheck() {
        ImportResult result = new DocumentImporter(ReadLimits.DEFAULTS).importPlan(
                SeedText.raw("004_a5c35aef69c6ea26").getBytes(StandardCharsets.UTF_8), null, ImportOptions.fileName("004.md"));
        String report = ReviewReport.of("004.md", result);
        assertThat(report).startsWith("004.md (text): 6 tasks, 0 targets, 0 phases, 2 legal bases; every sentence kept (")
                .contains("To review (" + result.review().size() + "):")
                .contains("/issuer");
    }
}
