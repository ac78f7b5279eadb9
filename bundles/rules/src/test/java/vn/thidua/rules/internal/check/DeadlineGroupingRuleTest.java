package vn.thidua.rules.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.rules.internal.check.RuleHarness.assertFinding;
import static vn.thidua.rules.internal.check.RuleHarness.assertOne;
import static vn.thidua.rules.internal.check.RuleHarness.check;
import static vn.thidua.rules.internal.check.RuleHarness.draft;
import static vn.thidua.rules.internal.check.RuleHarness.rule;
import static vn.thidua.rules.internal.check.RuleHarness.timing;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.Grouping;
import vn.thidua.plan.GroupingKind;
import vn.thidua.plan.Plan;
import vn.thidua.plan.TimingBuilder;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.rules.Finding;
import vn.thidua.rules.internal.PlanEdit;

class DeadlineGroupingRuleTest {

    /** Gia Lai 2023: tasks under "Nhiệm vụ quý I" … "Nhiệm vụ quý IV". */
    private static final Plan GIA_LAI = Fixtures.plan("003_44668950db2da263");
    private static final String Q2 = "/sections/2/blocks/1/blocks/0/tasks/0";
    private static final String Q3_SECTION = "/sections/2/blocks/2";
    private static final String Q3 = Q3_SECTION + "/blocks/0/tasks/0";
    private static final String Q4 = "/sections/2/blocks/3/blocks/0/tasks/4";
    /** Bắc Giang 2018: a task table without grouping, times like "Quý II". */
    private static final Plan BAC_GIANG = Fixtures.plan("000_d3ad60d258665efa");
    private static final String TABLE_TASK = "/sections/1/blocks/0/blocks/0/tasks/0";

    private final CompiledRule rule = rule("gia-lai-2023", "deadline-grouping");

    private static Plan retimed(Plan plan, String task, String text) {
        return PlanEdit.task(plan, task, t -> t.timing(timing(t.timing() == null ? null : t.timing().label(), text,
                plan.year())));
    }

    @Test
    void silentWhenEachTaskIsDueInItsQuarter() {
        assertThat(check(rule, GIA_LAI)).isEmpty();
        assertThat(check(rule, BAC_GIANG)).isEmpty();
    }

    @Test
    void aDeadlineOutsideItsQuarterIsFound() {
        Plan plan = retimed(GIA_LAI, Q3, "Trước ngày 25/10/2023.");

        assertOne(check(rule, plan), plan, "deadline-grouping", Q3 + "/timing/to", "từ 01/7/2023 đến 30/9/2023",
                "25/10/2023");
    }

    @Test
    void theLastQuarterReachesIntoJanuary() {
        assertThat(GIA_LAI.tasks()).anyMatch(t -> t.timing() != null && LocalDate.of(2024, 1, 30).equals(t.timing().to()));
        Plan plan = retimed(GIA_LAI, Q4, "Trước ngày 15/02/2024.");

        assertOne(check(rule, plan), plan, "deadline-grouping", Q4 + "/timing/to", "từ 01/10/2023 đến 31/01/2024",
                "15/02/2024");
        assertThat(check(rule("gia-lai-2023", "deadline-grouping", "{lastPeriodUntil: '+1-02-28'}"), plan)).isEmpty();
    }

    @Test
    void aRangeStartingInTheQuarterBeforeIsFoundOnItsStart() {
        Plan plan = retimed(GIA_LAI, Q2, "Từ 25/3/2023 đến 10/4/2023");

        assertOne(check(rule, plan), plan, "deadline-grouping", Q2 + "/timing/from", "từ 01/4/2023 đến 30/6/2023",
                "25/3/2023");
    }

    @Test
    void aQuarterWrittenForAnotherQuarterIsFoundOnTheQuarter() {
        Plan plan = retimed(GIA_LAI, Q3, "Quý II");

        assertOne(check(rule, plan), plan, "deadline-grouping", Q3 + "/timing/quarter", "quý 3", "quý 2");
    }

    @Test
    void aQuarterWhoseDatesAreAnotherQuartersIsFound() {
        Plan plan = PlanEdit.task(BAC_GIANG, TABLE_TASK, t -> t.timing(TimingBuilder.builder(t.timing())
                .from(LocalDate.of(2018, 7, 1)).to(LocalDate.of(2018, 9, 30)).build()));

        assertOne(check(rule, plan), plan, "deadline-grouping", TABLE_TASK + "/timing", "từ 01/4/2018 đến 30/6/2018",
                "từ 01/7/2018 đến 30/9/2018");
    }

    @Test
    void aQuarterOfTheNextYearHasThatYearsDates() {
        Plan plan = retimed(BAC_GIANG, TABLE_TASK, "Quý I năm 2019");

        assertThat(plan.tasks().get(0).timing().from()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(check(rule, plan)).isEmpty();
    }

    @Test
    void aHalfYearGroupingHoldsItsTasksToItsHalf() {
        Plan first = PlanEdit.section(GIA_LAI, Q3_SECTION, s -> s.grouping(new Grouping(GroupingKind.HALF_YEAR, 1)));
        Plan second = PlanEdit.section(GIA_LAI, Q3_SECTION, s -> s.grouping(new Grouping(GroupingKind.HALF_YEAR, 2)));

        List<Finding> findings = check(rule, first);

        assertThat(findings).hasSize(3);
        assertFinding(findings.get(0), first, "deadline-grouping", Q3 + "/timing/to", "từ 01/01/2023 đến 30/6/2023",
                "25/7/2023");
        assertThat(check(rule, second)).isEmpty();
    }

    @Test
    void aPhaseGroupingHoldsItsTasksToThePhase() {
        Plan drafted = draft("gia-lai-2023", 2024);
        String section = "/sections/2/blocks/2";
        String task = section + "/blocks/0/tasks/0";
        assertThat(drafted.phases()).hasSize(2);

        Plan firstPhase = PlanEdit.section(drafted, section, s -> s.grouping(new Grouping(GroupingKind.PHASE, 1)));
        Plan secondPhase = PlanEdit.section(drafted, section, s -> s.grouping(new Grouping(GroupingKind.PHASE, 2)));
        Plan thirdPhase = PlanEdit.section(drafted, section, s -> s.grouping(new Grouping(GroupingKind.PHASE, 3)));

        assertOne(check(rule, firstPhase), firstPhase, "deadline-grouping", task + "/timing/to",
                "từ 01/01/2024 đến 30/6/2024", "25/7/2024");
        assertThat(check(rule, secondPhase)).isEmpty();
        assertOne(check(rule, thirdPhase), thirdPhase, "deadline-grouping", task + "/timing", "đợt 3", "2 đợt");
    }

    @Test
    void aTimeWithoutDatesHasNothingToCheck() {
        assertThat(check(rule, retimed(GIA_LAI, Q3, "Theo kế hoạch của Khối"))).isEmpty();
    }
}
