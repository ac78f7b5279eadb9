package vn.thidua.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.thidua.plan.Plan;
import vn.thidua.plan.json.PlanJson;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.rules.RulePack;
import vn.thidua.rules.Severity;
import vn.thidua.rules.ValidationReport;

/** The five seed plans against the packs in force for them, and the templates' drafts of 2025 and 2026. */
class SeedPlansTest {

    private static PackCatalog catalog;

    @BeforeAll
    static void load() {
        catalog = ShippedPacks.catalog();
    }

    @ParameterizedTest(name = "seed {0} validates with no error against {1}")
    @CsvSource({
        "000_d3ad60d258665efa, bac-giang@2018.1.0",
        "001_b902e8c9f1ecfedd, bac-giang@2024.1.0",
        "002_d4688f34a2318412, bac-giang@2018.1.0",
        "003_44668950db2da263, gia-lai@2023.1.0",
        "004_a5c35aef69c6ea26, hung-yen@2024.1.0"})
    void seedValidatesAgainstItsPack(String seed, String packId) {
        Plan plan = Fixtures.plan(seed);
        RulePack pack = catalog.inForce(plan.province().code(), PlanDates.dateOf(plan)).orElseThrow();

        ValidationReport report = pack.validate(plan);

        assertThat(pack.info().id()).isEqualTo(packId);
        assertThat(report.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(f -> f.ruleId() + " "
                + f.pointer() + " " + f.message()).collect(Collectors.joining("\n"))).isEmpty();
        assertThat(report.valid()).isTrue();
    }

    @ParameterizedTest(name = "{0}: drafts for 2025 and 2026 validate with no error and round-trip")
    @ValueSource(strings = {"bac-giang", "gia-lai", "hung-yen"})
    void templatesDraftValidPlans(String province) {
        PlanJson json = new PlanJson();
        for (int year : new int[] {2025, 2026}) {
            RulePack pack = catalog.inForce(province, java.time.LocalDate.of(year, 1, 1)).orElseThrow();
            Plan draft = pack.draft(year);

            ValidationReport report = pack.validate(draft);

            assertThat(report.findings()).as(province + " " + year).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
            assertThat(draft.year()).isEqualTo(year);
            assertThat(draft.province().code()).isEqualTo(province);
            assertThat(draft.tasks()).isNotEmpty();
            assertThat(draft.phases()).isNotEmpty();
            assertThat(draft.tasks()).allSatisfy(t -> assertThat(t.timing() == null || t.timing().to() == null
                    || t.timing().to().getYear() >= year).isTrue());
            String written = json.write(draft);
            assertThat(json.write(json.read(written))).isEqualTo(written);
            assertThat(json.read(written)).isEqualTo(draft);
            assertThat(pack.draft(year)).as("deterministic").isEqualTo(draft);
        }
    }

    @Test
    void draftsCiteTheDecreeInForce() {
        Plan plan2025 = catalog.inForce("gia-lai", java.time.LocalDate.of(2025, 1, 1)).orElseThrow().draft(2025);
        Plan plan2026 = catalog.inForce("gia-lai", java.time.LocalDate.of(2026, 1, 1)).orElseThrow().draft(2026);

        assertThat(plan2025.legalBases()).extracting(b -> b.number()).contains("98/2023/NĐ-CP").doesNotContain("152/2025/NĐ-CP");
        assertThat(plan2026.legalBases()).extracting(b -> b.number()).contains("152/2025/NĐ-CP").doesNotContain("98/2023/NĐ-CP");
    }
}
