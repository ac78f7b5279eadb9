package vn.thidua.rest.internal.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.Phase;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanBuilder;
import vn.thidua.plan.Target;
import vn.thidua.plan.json.PlanJson;
import vn.thidua.plan.seed.Fixtures;

/** Bắc Giang's 2024 plan (seed 001) made into a 2027 draft, and Bắc Giang's 2018 plan (seed 000, numbered 08) too. */
class PlanCopyTest {

    private final PlanCopy copies = new PlanCopy();
    private final Plan plan2024 = Fixtures.plan("001_b902e8c9f1ecfedd");

    @Test
    void theYearTheDatesAndTheWordsOfTheYearMove() {
        Plan copy = copies.copy(plan2024, 2027);

        assertThat(copy.year()).isEqualTo(2027);
        assertThat(copy.summary()).isEqualTo("Phát động phong trào thi đua năm 2027");
        assertThat(copy.dateLine().date().year()).isEqualTo(2027);
        assertThat(copy.dateLine().text()).isEqualTo("Bắc Giang, ngày tháng 01 năm 2027");
        Phase first = copy.phases().get(0);
        assertThat(first.period().text()).isEqualTo("Từ đầu năm 2027 đến 30/6/2027");
        assertThat(first.period().from()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(first.period().to()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(copy.phases().get(1).period().to()).isEqualTo(LocalDate.of(2027, 12, 31));
        // "so với 2023" was last year's result for 2024: for 2027 it is 2026, in the words and the number.
        Target growing = copy.targets().stream().filter(t -> t.growth() != null).findFirst().orElseThrow();
        assertThat(growing.growth().baseYear()).isEqualTo(2026);
        assertThat(growing.growth().text()).endsWith("so với 2026");
        assertThat(copy.tasks()).hasSameSizeAs(plan2024.tasks());
    }

    @Test
    void theLegalBasesTheSourceAndTheEventsOfAnniversariesStay() {
        Plan copy = copies.copy(plan2024, 2027);

        assertThat(copy.legalBases()).isEqualTo(plan2024.legalBases());
        assertThat(copy.legalBases().get(0).text()).contains("ngày 22/01/2024");
        assertThat(copy.source()).isEqualTo(plan2024.source());
        assertThat(copy.remarks()).isEqualTo(plan2024.remarks());
        // The period of the 2021-2025 five-year plan is a reference, not this plan's year.
        assertThat(new PlanJson().write(copy)).contains("kế hoạch 5 năm (2021-2025)");
        assertThat(copy.phases().stream().flatMap(p -> p.anniversaries().stream()).map(a -> a.eventYear()).toList())
                .isEqualTo(plan2024.phases().stream().flatMap(p -> p.anniversaries().stream()).map(a -> a.eventYear()).toList());
    }

    @Test
    void theRegisteredNumberIsClearedAndTheSymbolKept() {
        Plan numbered = Fixtures.plan("000_d3ad60d258665efa");
        assertThat(numbered.number().text()).isEqualTo("Số: 08/KH-TDMNPB");

        Plan copy = copies.copy(numbered, 2019);

        assertThat(copy.number().isDraft()).isTrue();
        assertThat(copy.number().symbol()).isEqualTo("KH-TDMNPB");
        assertThat(copy.number().text()).isEqualTo("Số: /KH-TDMNPB");
        assertThat(copy.dateLine().date().year()).isEqualTo(2019);
    }

    @Test
    void aLeapDayBecomesTheTwentyEighth() {
        Plan leap = PlanBuilder.builder(plan2024).dateLine(new vn.thidua.plan.DateLine("Bắc Giang",
                new vn.thidua.plan.PartialDate(29, 2, 2024), "Bắc Giang, ngày 29 tháng 02 năm 2024")).build();

        Plan copy = copies.copy(leap, 2025);

        assertThat(copy.dateLine().date()).isEqualTo(new vn.thidua.plan.PartialDate(28, 2, 2025));
    }

    @Test
    void vietnameseSurvivesTheCopyAsNfc() {
        Plan copy = copies.copy(plan2024, 2025);
        String written = new PlanJson().write(copy);

        assertThat(written).isEqualTo(java.text.Normalizer.normalize(written, java.text.Normalizer.Form.NFC));
        assertThat(copy.issuer()).isEqualTo(plan2024.issuer());
        assertThat(copy.signature()).isEqualTo(plan2024.signature());
    }

    @Test
    void theSameYearOrNoPlanYearIsRefused() {
        assertThatThrownBy(() -> copies.copy(plan2024, 2024)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("differ");
        assertThatThrownBy(() -> copies.copy(plan2024, 1066)).isInstanceOf(IllegalArgumentException.class);
    }
}
