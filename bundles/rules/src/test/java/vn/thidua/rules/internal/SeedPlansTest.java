package vn.thidua.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.thidua.plan.IssuerKind;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanKind;
import vn.thidua.plan.json.PlanJson;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.rules.RulePack;
import vn.thidua.rules.Severity;
import vn.thidua.rules.ValidationReport;

/**
 * The five seed plans against the packs in force for them (the pre-merger packs, which end on
 * 30/6/2025), and the templates' drafts of the years those packs cover. The successor packs'
 * drafts: {@link SuccessorPacksTest}.
 */
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

    @ParameterizedTest(name = "{0}: drafts for 2024 and 2025 validate with no error and round-trip")
    @ValueSource(strings = {"bac-giang@2024.1.0", "gia-lai@2023.1.0", "hung-yen@2024.1.0"})
    void templatesDraftValidPlans(String packId) {
        PlanJson json = new PlanJson();
        String province = packId.substring(0, packId.indexOf('@'));
        for (int year : new int[] {2024, 2025}) {
            RulePack pack = catalog.pack(packId).orElseThrow();
            Plan draft = pack.draft(year);
            assertThat(catalog.inForce(province, IssuerKind.BOARD, draft.kind(), PlanDates.dateOf(draft))).as("the draft's date selects its pack")
                    .map(p -> p.info().id()).contains(packId);

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

    @ParameterizedTest(name = "{0} ends on 30/6/2025: it drafts no 2026 plan, the successor does")
    @ValueSource(strings = {"bac-giang@2024.1.0", "gia-lai@2023.1.0", "hung-yen@2024.1.0"})
    void preMergerPacksEndOnThe30thOfJune2025(String packId) {
        RulePack pack = catalog.pack(packId).orElseThrow();

        assertThat(pack.info().validTo()).isEqualTo(java.time.LocalDate.of(2025, 6, 30));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> pack.draft(2026)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not in force");
    }

    @Test
    void draftsCiteTheDecreeInForce() {
        Plan plan2025 = catalog.forDraft("gia-lai", IssuerKind.BOARD, PlanKind.YEARLY, 2025).orElseThrow().draft(2025);
        Plan plan2026 = catalog.forDraft("gia-lai", IssuerKind.BOARD, PlanKind.YEARLY, 2026).orElseThrow().draft(2026);

        assertThat(plan2025.legalBases()).extracting(b -> b.number()).contains("98/2023/NĐ-CP").doesNotContain("152/2025/NĐ-CP");
        assertThat(plan2026.legalBases()).extracting(b -> b.number()).contains("152/2025/NĐ-CP").doesNotContain("98/2023/NĐ-CP");
    }
}
