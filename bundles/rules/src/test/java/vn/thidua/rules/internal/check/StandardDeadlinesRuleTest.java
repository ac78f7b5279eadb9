package vn.thidua.rules.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.rules.internal.check.RuleHarness.assertOne;
import static vn.thidua.rules.internal.check.RuleHarness.check;
import static vn.thidua.rules.internal.check.RuleHarness.rule;
import static vn.thidua.rules.internal.check.RuleHarness.timing;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.Plan;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.plan.walk.PlanWalk;
import vn.thidua.rules.internal.PlanEdit;
import vn.thidua.rules.internal.descriptor.DescriptorException;

class StandardDeadlinesRuleTest {

    /** Gia Lai 2023: registration due 30/3, mid-year review 15/6, year-end review in December, dossiers 30/01/2024. */
    private static final Plan GIA_LAI = Fixtures.plan("003_44668950db2da263");
    private static final String REGISTRATION = "/sections/2/blocks/0/blocks/0/tasks/0";
    private static final String YEAR_END_REVIEW = "/sections/2/blocks/3/blocks/0/tasks/1";
    /** Hưng Yên 2024, task 6: "Xây dựng các báo cáo sơ kết … 6 tháng đầu năm 2024; tổng kết …". */
    private static final Plan HUNG_YEN = Fixtures.plan("004_a5c35aef69c6ea26");
    private static final String REVIEWS = "/sections/1/blocks/0/tasks/5";

    private final CompiledRule rule = rule("gia-lai-2023", "standard-deadlines");

    private static Plan retimed(Plan plan, String task, String text) {
        return PlanEdit.task(plan, task, t -> t.timing(timing("Thời gian hoàn thành", text, plan.year())));
    }

    @Test
    void silentWhenEveryStandardStepIsDueInTime() {
        assertThat(check(rule, GIA_LAI)).isEmpty();
        assertThat(check(rule("hung-yen-2024", "standard-deadlines"), HUNG_YEN)).isEmpty();
    }

    @Test
    void aLateRegistrationIsFound() {
        Plan plan = retimed(GIA_LAI, REGISTRATION, "Trước 15/4/2023.");

        assertOne(check(rule, plan), plan, "standard-deadlines", REGISTRATION + "/timing/to", "không muộn hơn 31/3/2023",
                "15/4/2023");
        assertThat(check(rule, plan).get(0).message()).startsWith("Thời hạn “Đăng ký thi đua” muộn hơn quy định");
    }

    @Test
    void aYearEndReviewMayRunIntoJanuaryButNoLater() {
        assertThat(check(rule, retimed(GIA_LAI, YEAR_END_REVIEW, "Trước ngày 31/01/2024."))).isEmpty();
        Plan plan = retimed(GIA_LAI, YEAR_END_REVIEW, "Trước ngày 15/02/2024.");

        assertOne(check(rule, plan), plan, "standard-deadlines", YEAR_END_REVIEW + "/timing/to",
                "không muộn hơn 31/01/2024", "15/02/2024");
    }

    @Test
    void aTaskNamingSeveralStepsIsHeldToTheLatestOfThem() {
        CompiledRule hungYen = rule("hung-yen-2024", "standard-deadlines");

        assertThat(check(hungYen, retimed(HUNG_YEN, REVIEWS, "trong tháng 12/2024."))).isEmpty();
        Plan plan = retimed(HUNG_YEN, REVIEWS, "trong tháng 02/2025.");
        assertOne(check(hungYen, plan), plan, "standard-deadlines", REVIEWS + "/timing/to", "không muộn hơn 31/01/2025",
                "28/02/2025");
    }

    @Test
    void aTaskThatIsNoStandardStepOrHasNoDeadlineIsLeftAlone() {
        String ideas = "/sections/2/blocks/1/blocks/0/tasks/3";
        assertThat(PlanWalk.of(GIA_LAI).tasks()).filteredOn(t -> t.pointer().equals(ideas)).singleElement()
                .satisfies(t -> assertThat(t.value().content()).startsWith("Triển khai và tổng hợp đăng ký áp dụng thử sáng kiến"));

        assertThat(check(rule, retimed(GIA_LAI, ideas, "Trước 30/11/2023."))).isEmpty();
        assertThat(check(rule, retimed(GIA_LAI, REGISTRATION, "Theo hướng dẫn của cấp trên"))).isEmpty();
    }

    @Test
    void stepsGivenAsParametersReplaceTheCalendars() {
        CompiledRule ownSteps = rule("gia-lai-2023", "standard-deadlines",
                "{deadlines: [{id: initiatives, name: Đăng ký sáng kiến, date: '04-30', match: [áp dụng thử sáng kiến]}]}");
        String ideas = "/sections/2/blocks/1/blocks/0/tasks/3";

        Plan plan = GIA_LAI;
        assertOne(check(ownSteps, plan), plan, "standard-deadlines", ideas + "/timing/to", "không muộn hơn 30/4/2023",
                "05/5/2023");
    }

    @Test
    void aStepOnADayThatDoesNotExistRefusesThePack() {
        assertThatThrownBy(() -> rule("gia-lai-2023", "standard-deadlines",
                "{deadlines: [{id: review, name: Sơ kết, date: '06-31', match: [sơ kết]}]}"))
                .isInstanceOf(DescriptorException.class)
                .hasMessageStartingWith("/rules/0/parameters/deadlines: rule 'standard-deadlines' (standard-deadlines):"
                        + " review: '06-31' is not a day of the year");
    }
}
