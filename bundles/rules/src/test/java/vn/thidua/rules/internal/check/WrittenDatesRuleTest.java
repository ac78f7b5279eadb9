package vn.thidua.rules.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.rules.internal.check.RuleHarness.assertOne;
import static vn.thidua.rules.internal.check.RuleHarness.check;
import static vn.thidua.rules.internal.check.RuleHarness.rule;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import vn.thidua.plan.Anniversary;
import vn.thidua.plan.CorrectionBuilder;
import vn.thidua.plan.DateLine;
import vn.thidua.plan.PartialDate;
import vn.thidua.plan.Plan;
import vn.thidua.plan.TimingBuilder;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.rules.internal.PlanEdit;

class WrittenDatesRuleTest {

    private static final Plan GIA_LAI = Fixtures.plan("003_44668950db2da263");
    private static final String GL_TASK = "/sections/2/blocks/0/blocks/0/tasks/0";
    private static final Plan BAC_GIANG = Fixtures.plan("001_b902e8c9f1ecfedd");
    private static final String BG_PHASE = "/sections/2/blocks/0/blocks/1/phases/1";

    private final CompiledRule rule = rule("gia-lai-2023", "written-dates");

    private Plan reworded(Plan plan, String task, String text) {
        return PlanEdit.task(plan, task, t -> t.timing(TimingBuilder.builder(t.timing()).text(text).build()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_d3ad60d258665efa", "001_b902e8c9f1ecfedd", "002_d4688f34a2318412",
        "003_44668950db2da263", "004_a5c35aef69c6ea26"})
    void silentOnEverySeed(String seed) {
        assertThat(check(rule, Fixtures.plan(seed))).isEmpty();
    }

    @Test
    void anImpossibleDateInTheWordingIsFound() {
        Plan plan = reworded(GIA_LAI, GL_TASK, "Trước 31/4/2023.");

        assertOne(check(rule, plan), plan, "written-dates", GL_TASK + "/timing/text", "ngày có trong lịch",
                "“Trước 31/4/2023.”");
    }

    @Test
    void anImpossibleFirstDayOfARangeIsFound() {
        Plan bacGiang2018 = Fixtures.plan("000_d3ad60d258665efa");
        String task = "/sections/1/blocks/0/blocks/0/tasks/4";
        Plan plan = reworded(bacGiang2018, task, "Từ ngày 31 đến 25/11/2018");

        assertOne(check(rule, plan), plan, "written-dates", task + "/timing/text", "ngày có trong lịch",
                "“Từ ngày 31 đến 25/11/2018”");
    }

    @Test
    void theTwentyNinthOfFebruaryExistsOnlyInALeapYear() {
        assertThat(check(rule, reworded(GIA_LAI, GL_TASK, "Trước 29/02/2023."))).hasSize(1);
        Plan leap = PlanEdit.task(GIA_LAI, GL_TASK, t -> t.timing(TimingBuilder.builder(t.timing())
                .text("Trước 29/02/2024.").to(LocalDate.of(2024, 2, 29)).build()));
        assertThat(check(rule, leap)).isEmpty();
    }

    @Test
    void aRecordedDateThatIsNotTheOneWrittenIsFound() {
        Plan plan = PlanEdit.task(GIA_LAI, GL_TASK, t -> t.timing(TimingBuilder.builder(t.timing())
                .to(LocalDate.of(2023, 3, 3)).build()));

        assertOne(check(rule, plan), plan, "written-dates", GL_TASK + "/timing/to", "30/3/2023", "03/3/2023");
    }

    @Test
    void aPhaseStartRecordedApartFromItsWordsIsFound() {
        Plan plan = PlanEdit.phase(BAC_GIANG, BG_PHASE, p -> p.period(TimingBuilder.builder(p.period())
                .from(LocalDate.of(2024, 7, 2)).build()));

        assertOne(check(rule, plan), plan, "written-dates", BG_PHASE + "/period/from", "01/7/2024", "02/7/2024");
    }

    @Test
    void aCorrectionExplainsADateTheOriginalGotWrongButMustQuoteIt() {
        Plan bacGiang2020 = Fixtures.plan("002_d4688f34a2318412");
        String phase = "/sections/1/blocks/2/blocks/2/phases/1";
        assertThat(bacGiang2020.phases().get(1).period().correction().asWritten()).isEqualTo(LocalDate.of(2014, 7, 1));

        Plan plan = PlanEdit.phase(bacGiang2020, phase, p -> p.period(TimingBuilder.builder(p.period())
                .correction(CorrectionBuilder.builder(p.period().correction()).asWritten(LocalDate.of(2015, 7, 1)).build())
                .build()));

        assertOne(check(rule, plan), plan, "written-dates", phase + "/period/correction/asWritten", "01/7/2014",
                "01/7/2015");
    }

    @Test
    void anAnniversaryWrittenOnAnImpossibleOrAnotherDayIsFound() {
        String days = BG_PHASE + "/anniversaries";
        Plan impossible = PlanEdit.<Anniversary>list(BAC_GIANG, days,
                l -> PlanEdit.inserted(l, l.size(), new Anniversary("Ngày hội", 28, 2, null, "30/02")));
        Plan other = PlanEdit.<Anniversary>list(BAC_GIANG, days,
                l -> PlanEdit.replaced(l, 1, new Anniversary(l.get(1).name(), 2, 9, 1945, "03/9")));

        assertOne(check(rule, impossible), impossible, "written-dates", days + "/7/dateText", "ngày có trong lịch",
                "“30/02”");
        assertOne(check(rule, other), other, "written-dates", days + "/1/day", "3/9", "2/9");
    }

    @Test
    void theDateLineIsARealDateAndTheOneRecorded() {
        Plan impossible = PlanEdit.plan(GIA_LAI, b -> b.dateLine(new DateLine("Gia Lai", new PartialDate(null, 4, 2023),
                "Gia Lai, ngày 31 tháng 4 năm 2023")));
        Plan other = PlanEdit.plan(GIA_LAI, b -> b.dateLine(new DateLine("Gia Lai", new PartialDate(17, 3, 2023),
                "Gia Lai, ngày 16 tháng 3 năm 2023")));

        assertOne(check(rule, impossible), impossible, "written-dates", "/dateLine/text", "ngày có trong lịch",
                "“Gia Lai, ngày 31 tháng 4 năm 2023”");
        assertOne(check(rule, other), other, "written-dates", "/dateLine/date", "“Gia Lai, ngày 16 tháng 3 năm 2023”",
                "ngày 17 tháng 3 năm 2023");
    }

    @Test
    void aWordingThisPlatformDoesNotReadIsLeftToTheOtherRules() {
        assertThat(check(rule, reworded(GIA_LAI, GL_TASK, "Cả năm 2023"))).isEmpty();
    }
}
