package vn.thidua.rules.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.rules.internal.check.RuleHarness.assertOne;
import static vn.thidua.rules.internal.check.RuleHarness.check;
import static vn.thidua.rules.internal.check.RuleHarness.rule;
import static vn.thidua.rules.internal.check.RuleHarness.timing;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.thidua.plan.Anniversary;
import vn.thidua.plan.Phase;
import vn.thidua.plan.Plan;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.rules.Finding;
import vn.thidua.rules.internal.PlanEdit;

/** {@code phase-coverage}, {@code phase-anniversaries} and {@code calendar-days}: the phases and the days they honour. */
class PhaseRulesTest {

    /** Bắc Giang 2024: đợt 1 from the start of 2024 to 30/6, đợt 2 from 01/7 to the end of 2024. */
    private static final Plan BAC_GIANG = Fixtures.plan("001_b902e8c9f1ecfedd");
    private static final String PHASES = "/sections/2/blocks/0/blocks/1/phases";
    private static final String FIRST = PHASES + "/0";
    private static final String SECOND = PHASES + "/1";

    private final CompiledRule coverage = rule("bac-giang-2024", "phase-coverage");
    private final CompiledRule anniversaries = rule("bac-giang-2024", "phase-anniversaries");
    private final CompiledRule calendar = rule("bac-giang-2024", "calendar-days");

    private static Plan period(Plan plan, String phase, String text) {
        return PlanEdit.phase(plan, phase, p -> p.period(timing(null, text, plan.year())));
    }

    private static Plan honouring(Plan plan, String phase, Anniversary day) {
        return PlanEdit.<Anniversary>list(plan, phase + "/anniversaries", l -> PlanEdit.inserted(l, l.size(), day));
    }

    @Test
    void silentOnPhasesThatCoverTheYear() {
        assertThat(check(coverage, BAC_GIANG)).isEmpty();
        assertThat(check(anniversaries, BAC_GIANG)).isEmpty();
        assertThat(check(calendar, BAC_GIANG)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Từ 15/6/2024 đến kết thúc năm 2024 | 15/6/2024 | Các đợt thi đua chồng lên nhau",
        "Từ 15/7/2024 đến kết thúc năm 2024 | 15/7/2024 | Giữa các đợt thi đua có khoảng trống"})
    void overlapsAndGapsAreFoundWhereTheSecondPhaseStarts(String period, String found, String what) {
        Plan plan = period(BAC_GIANG, SECOND, period);

        Finding finding = assertOne(check(coverage, plan), plan, "phase-coverage", SECOND + "/period/from", "01/7/2024",
                found);
        assertThat(finding.message()).startsWith(what);
    }

    @Test
    void aPhaseInsideTheOneBeforeIsOneOverlapNotAGapAfterIt() {
        Plan plan = PlanEdit.<Phase>list(BAC_GIANG, PHASES, l -> PlanEdit.inserted(l, 1, new Phase("Đợt thi đua ngắn",
                "Đợt thi đua ngắn: từ 01/3/2024 đến 30/4/2024", timing(null, "từ 01/3/2024 đến 30/4/2024", 2024), List.of())));

        assertOne(check(coverage, plan), plan, "phase-coverage", PHASES + "/1/period/from", "01/7/2024", "01/3/2024");
    }

    @Test
    void theFirstPhaseStartsOnTheFirstOfJanuary() {
        Plan late = period(BAC_GIANG, FIRST, "Từ 15/01/2024 đến 30/6/2024");
        Plan early = period(BAC_GIANG, FIRST, "Từ 01/12/2023 đến 30/6/2024");

        assertThat(assertOne(check(coverage, late), late, "phase-coverage", FIRST + "/period/from", "01/01/2024",
                "15/01/2024").message()).startsWith("Đợt thi đua đầu tiên không bắt đầu từ đầu năm");
        assertThat(assertOne(check(coverage, early), early, "phase-coverage", FIRST + "/period/from", "01/01/2024",
                "01/12/2023").message()).startsWith("Đợt thi đua đầu tiên bắt đầu trước năm của kế hoạch");
    }

    @Test
    void theLastPhaseEndsOnTheThirtyFirstOfDecember() {
        Plan early = period(BAC_GIANG, SECOND, "Từ 01/7/2024 đến 30/11/2024");
        Plan acrossTheYearEnd = period(BAC_GIANG, SECOND, "Từ 01/7/2024 đến 31/01/2025");

        assertOne(check(coverage, early), early, "phase-coverage", SECOND + "/period/to", "31/12/2024", "30/11/2024");
        assertOne(check(coverage, acrossTheYearEnd), acrossTheYearEnd, "phase-coverage", SECOND + "/period/to",
                "31/12/2024", "31/01/2025");
    }

    @Test
    void phasesMeetAtTheEndOfFebruaryInLeapAndCommonYears() {
        Plan leap = period(period(BAC_GIANG, FIRST, "Từ 01/01/2024 đến 29/02/2024"), SECOND,
                "Từ 01/3/2024 đến 31/12/2024");
        Plan common = PlanEdit.plan(period(period(BAC_GIANG, FIRST, "Từ 01/01/2023 đến 28/02/2023"), SECOND,
                "Từ 01/3/2023 đến 31/12/2023"), b -> b.year(2023));

        assertThat(check(coverage, leap)).isEmpty();
        assertThat(check(coverage, common)).isEmpty();
    }

    @Test
    void aPhaseWithoutDatesIsFound() {
        Plan plan = period(BAC_GIANG, SECOND, "Theo kế hoạch của Khối");

        assertOne(check(coverage, plan), plan, "phase-coverage", SECOND + "/period", "từ ngày … đến ngày …",
                "“Theo kế hoạch của Khối”");
    }

    @Test
    void aPlanWithoutPhasesIsFoundOnlyWhereThePackRequiresThem() {
        Plan plan = PlanEdit.<vn.thidua.plan.Block>list(BAC_GIANG, "/sections/2/blocks/0/blocks",
                l -> PlanEdit.without(l, 1));

        assertThat(check(coverage, plan)).isEmpty();
        assertOne(check(rule("bac-giang-2024", "phase-coverage", "{required: true}"), plan), plan, "phase-coverage",
                "/sections", "ít nhất 1 đợt", "không có đợt nào");
    }

    @Test
    void tooFewPhasesAreFound() {
        assertOne(check(rule("bac-giang-2024", "phase-coverage", "{minPhases: 3}"), BAC_GIANG), BAC_GIANG,
                "phase-coverage", FIRST, "ít nhất 3 đợt", "2 đợt");
    }

    @Test
    void anAnniversaryOutsideItsPhaseIsFound() {
        Plan plan = honouring(BAC_GIANG, FIRST, new Anniversary("Ngày Quốc khánh", 2, 9, 1945, "02/9"));

        assertOne(check(anniversaries, plan), plan, "phase-anniversaries", FIRST + "/anniversaries/7",
                "từ 01/01/2024 đến 30/6/2024", "2/9");
    }

    @Test
    void aPhaseAcrossTheYearEndHonoursDaysOfTheNextYear() {
        Plan plan = honouring(period(BAC_GIANG, SECOND, "Từ 01/7/2024 đến 28/02/2025"), SECOND,
                new Anniversary("Ngày thành lập Đảng Cộng sản Việt Nam", 3, 2, 1930, "03/02"));

        assertThat(check(anniversaries, plan)).isEmpty();
    }

    @Test
    void theTwentyNinthOfFebruaryFallsOnlyInALeapYear() {
        Anniversary leapDay = new Anniversary("Ngày hội", 29, 2, null, "29/02");
        Plan leap = honouring(BAC_GIANG, FIRST, leapDay);
        Plan common = honouring(PlanEdit.plan(period(period(BAC_GIANG, FIRST, "Từ 01/01/2023 đến 30/6/2023"), SECOND,
                "Từ 01/7/2023 đến 31/12/2023"), b -> b.year(2023)), FIRST, leapDay);

        assertThat(check(anniversaries, leap)).isEmpty();
        assertOne(check(anniversaries, common), common, "phase-anniversaries", FIRST + "/anniversaries/7",
                "từ 01/01/2023 đến 30/6/2023", "29/2");
    }

    @Test
    void aPhaseWithoutDatesLeavesItsDaysToTheCoverageRule() {
        assertThat(check(anniversaries, period(BAC_GIANG, SECOND, "Theo kế hoạch của Khối"))).isEmpty();
    }

    @Test
    void aDayOnAnotherDateThanTheCalendarsIsFound() {
        Plan plan = PlanEdit.<Anniversary>list(BAC_GIANG, FIRST + "/anniversaries",
                l -> PlanEdit.replaced(l, 5, new Anniversary(l.get(5).name(), 20, 5, 1890, "20/5")));

        assertOne(check(calendar, plan), plan, "calendar-days", FIRST + "/anniversaries/5",
                "19/5 (Ngày sinh Chủ tịch Hồ Chí Minh)", "20/5");
    }

    @Test
    void theProvincesOwnDayIsTheProvincesDate() {
        assertThat(BAC_GIANG.phases().get(1).anniversaries().get(2).name()).isEqualTo("Ngày thành lập tỉnh");
        Plan plan = PlanEdit.<Anniversary>list(BAC_GIANG, SECOND + "/anniversaries",
                l -> PlanEdit.replaced(l, 2, new Anniversary("Ngày thành lập tỉnh", 24, 5, null, "24/5")));

        assertOne(check(calendar, plan), plan, "calendar-days", SECOND + "/anniversaries/2",
                "10/10 (Ngày thành lập tỉnh Bắc Giang)", "24/5");
        assertThat(check(rule("gia-lai-2023", "calendar-days"), plan)).isEmpty();
    }

    @Test
    void aDayTheCalendarDoesNotKnowIsLeftAlone() {
        assertThat(check(calendar, honouring(BAC_GIANG, SECOND, new Anniversary("Ngày Nhà giáo Việt Nam", 21, 11, null,
                null)))).isEmpty();
    }
}
