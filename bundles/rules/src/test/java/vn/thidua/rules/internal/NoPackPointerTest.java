package vn.thidua.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanBuilder;
import vn.thidua.plan.seed.Fixtures;

/**
 * What a refusal for "no pack in force" names: the province when no pack of it is loaded, else the
 * plan's value the date was taken from (its complete issue date, else its year).
 */
class NoPackPointerTest {

    private final PackCatalog catalog = ShippedPacks.catalog();

    @Test
    void aProvinceIsKnownByAnyLoadedPackOfItWhateverItsPeriod() {
        assertThat(catalog.knows("gia-lai")).isTrue();
        assertThat(catalog.inForce("gia-lai", java.time.LocalDate.of(2022, 1, 1))).as("Gia Lai's pack starts in 2023").isEmpty();
        assertThat(catalog.knows("quang-ninh")).isFalse();
    }

    @Test
    void theDateComesFromTheIssueDateElseTheYear() {
        Plan issued = Fixtures.plan("000_d3ad60d258665efa"); // ngày 16 tháng 3 năm 2018
        Plan monthOnly = Fixtures.plan("003_44668950db2da263"); // tháng 3 năm 2023, no day
        Plan noDateLine = Fixtures.plan("002_d4688f34a2318412");

        assertThat(PlanDates.pointerOfDate(issued)).isEqualTo("/dateLine/date");
        assertThat(PlanDates.dateOf(issued)).isEqualTo(java.time.LocalDate.of(2018, 3, 16));
        assertThat(PlanDates.pointerOfDate(monthOnly)).isEqualTo("/dateLine/date");
        assertThat(PlanDates.dateOf(monthOnly)).as("a month without a day: its first day").isEqualTo(java.time.LocalDate.of(2023, 3, 1));
        assertThat(PlanDates.dateOf(noDateLine)).isEqualTo(java.time.LocalDate.of(2020, 1, 1));
        assertThat(PlanDates.pointerOfDate(noDateLine)).isEqualTo("/year");
        assertThat(PlanDates.pointerOfDate(PlanBuilder.builder(issued).dateLine(null).build())).isEqualTo("/year");
    }
}
