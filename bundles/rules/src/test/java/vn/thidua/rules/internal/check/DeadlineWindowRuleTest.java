package vn.thidua.rules.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.rules.internal.check.RuleHarness.assertFinding;
import static vn.thidua.rules.internal.check.RuleHarness.assertOne;
import static vn.thidua.rules.internal.check.RuleHarness.check;
import static vn.thidua.rules.internal.check.RuleHarness.rule;
import static vn.thidua.rules.internal.check.RuleHarness.timing;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.Plan;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.rules.Finding;
import vn.thidua.rules.internal.PlanEdit;
import vn.thidua.rules.internal.descriptor.DescriptorException;

class DeadlineWindowRuleTest {

    /** Hưng Yên 2024: six tasks, each with a time (two of them "theo quy định"). */
    private static final Plan HUNG_YEN = Fixtures.plan("004_a5c35aef69c6ea26");
    private static final String TASK = "/sections/1/blocks/0/tasks/0";

    private final CompiledRule rule = rule("hung-yen-2024", "deadline-window");

    private static Plan retimed(Plan plan, String text) {
        return PlanEdit.task(plan, TASK, t -> t.timing(timing("Thời gian hoàn thành", text, plan.year())));
    }

    @Test
    void silentWhenEveryTimeFallsInThePlanYear() {
        assertThat(check(rule, HUNG_YEN)).isEmpty();
    }

    @Test
    void aDeadlineBeforeThePlanYearIsFound() {
        Plan plan = retimed(HUNG_YEN, "trước ngày 20/12/2023.");

        assertOne(check(rule, plan), plan, "deadline-window", TASK + "/timing/to", "từ 01/01/2024 đến 31/3/2025",
                "20/12/2023");
    }

    @Test
    void aMonthAfterTheWindowIsFoundOnBothEnds() {
        Plan plan = retimed(HUNG_YEN, "trong tháng 6/2025.");

        List<Finding> findings = check(rule, plan);

        assertThat(findings).hasSize(2);
        assertFinding(findings.get(0), plan, "deadline-window", TASK + "/timing/from", "đến 31/3/2025", "01/6/2025");
        assertFinding(findings.get(1), plan, "deadline-window", TASK + "/timing/to", "đến 31/3/2025", "30/6/2025");
    }

    @Test
    void aRangeThatRunsOutOfTheWindowIsFoundOnItsEnd() {
        Plan plan = retimed(HUNG_YEN, "Từ 15/3/2025 đến 10/4/2025");

        assertOne(check(rule, plan), plan, "deadline-window", TASK + "/timing/to", "đến 31/3/2025", "10/4/2025");
    }

    @Test
    void theWindowsEndsAreInside() {
        assertThat(check(rule, retimed(HUNG_YEN, "Từ 01/01/2024 đến 31/3/2025"))).isEmpty();
    }

    @Test
    void aTentativeTimeIsHeldToTheSameWindow() {
        Plan plan = retimed(HUNG_YEN, "Dự kiến trong tháng 4/2025.");

        assertThat(plan.tasks().get(0).timing().tentative()).isTrue();
        assertThat(check(rule, plan)).hasSize(2).allMatch(f -> f.found().endsWith("/2025"));
        assertThat(check(rule, retimed(HUNG_YEN, "Dự kiến trong tháng 4/2024."))).isEmpty();
    }

    @Test
    void aTimeWithoutDatesOrATaskWithoutTimeHasNothingToCheck() {
        assertThat(check(rule, retimed(HUNG_YEN, "Theo kế hoạch của Khối"))).isEmpty();
        assertThat(check(rule, PlanEdit.task(HUNG_YEN, TASK, t -> t.timing(null)))).isEmpty();
    }

    @Test
    void theWindowIsAParameter() {
        CompiledRule calendarYear = rule("hung-yen-2024", "deadline-window", "{to: '12-31'}");
        CompiledRule fromDecember = rule("hung-yen-2024", "deadline-window", "{from: '-1-12-01'}");

        assertThat(check(calendarYear, retimed(HUNG_YEN, "trước ngày 10/01/2025"))).singleElement()
                .extracting(Finding::expected).isEqualTo("từ 01/01/2024 đến 31/12/2024");
        assertThat(check(fromDecember, retimed(HUNG_YEN, "trước ngày 20/12/2023."))).isEmpty();
    }

    @Test
    void aWindowEndingOnTheTwentyNinthOfFebruaryEndsThereInALeapYearAndOnTheTwentyEighthOtherwise() {
        Plan giaLai2023 = Fixtures.plan("003_44668950db2da263");
        String q4 = "/sections/2/blocks/3/blocks/0/tasks/4";
        CompiledRule leap2024 = rule("gia-lai-2023", "deadline-window", "{to: '+1-02-29'}");
        CompiledRule leap2025 = rule("hung-yen-2024", "deadline-window", "{to: '+1-02-29'}");

        assertThat(check(leap2024, PlanEdit.task(giaLai2023, q4, t -> t.timing(timing(null, "Trước ngày 29/02/2024", 2023)))))
                .isEmpty();
        assertThat(check(leap2025, retimed(HUNG_YEN, "trước ngày 01/3/2025"))).singleElement()
                .extracting(Finding::expected).isEqualTo("từ 01/01/2024 đến 28/02/2025");
    }

    @Test
    void aWindowThatIsNoDayRefusesThePack() {
        assertThatThrownBy(() -> rule("hung-yen-2024", "deadline-window", "{to: '+1-13-45'}"))
                .isInstanceOf(DescriptorException.class)
                .hasMessageStartingWith("/rules/0/parameters/to: rule 'deadline-window' (deadline-window): '+1-13-45'");
    }
}
