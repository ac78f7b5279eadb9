package vn.thidua.rules.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.rules.internal.check.RuleHarness.assertOne;
import static vn.thidua.rules.internal.check.RuleHarness.check;
import static vn.thidua.rules.internal.check.RuleHarness.rule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.thidua.plan.DateLineBuilder;
import vn.thidua.plan.PartialDate;
import vn.thidua.plan.Plan;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.rules.internal.PlanEdit;
import vn.thidua.rules.internal.descriptor.DescriptorException;

class IssueDateRuleTest {

    /** Gia Lai 2023, dated {@code ngày   tháng 3 năm 2023}. */
    private static final Plan GIA_LAI = Fixtures.plan("003_44668950db2da263");

    private final CompiledRule rule = rule("gia-lai-2023", "issue-date");

    private static Plan dated(Integer day, Integer month, int year) {
        return PlanEdit.plan(GIA_LAI, b -> b.dateLine(DateLineBuilder.builder(GIA_LAI.dateLine())
                .date(new PartialDate(day, month, year)).text(null).build()));
    }

    @Test
    void silentOnAPlanIssuedInItsYear() {
        assertThat(check(rule, GIA_LAI)).isEmpty();
        assertThat(check(rule, dated(31, 12, 2023))).isEmpty();
    }

    @Test
    void anIssueDateInAnotherYearIsFound() {
        Plan plan = dated(null, 3, 2022);

        assertOne(check(rule, plan), plan, "issue-date", "/dateLine/date", "năm 2023 (hoặc từ tháng 11 năm 2022)",
                "tháng 3 năm 2022");
    }

    @ParameterizedTest
    @CsvSource({"11, true", "12, true", "10, false"})
    void aPlanForNextYearMayBeIssuedLateInTheYearBefore(int month, boolean accepted) {
        assertThat(check(rule, dated(15, month, 2022)).isEmpty()).isEqualTo(accepted);
    }

    @Test
    void theYearBeforeCanBeClosed() {
        assertThat(check(rule("gia-lai-2023", "issue-date", "{previousYearFromMonth: 0}"), dated(20, 12, 2022)))
                .singleElement().extracting(f -> f.expected()).isEqualTo("năm 2023");
    }

    @Test
    void aDateWithTheYearOnlyMustBeThePlanYear() {
        assertThat(check(rule, dated(null, null, 2023))).isEmpty();
        Plan plan = dated(null, null, 2022);

        assertOne(check(rule, plan), plan, "issue-date", "/dateLine/date", "năm 2023", "năm 2022");
    }

    @Test
    void aMissingDateLineIsFoundUnlessNotRequired() {
        Plan plan = PlanEdit.plan(GIA_LAI, b -> b.dateLine(null));

        assertOne(check(rule, plan), plan, "issue-date", "/dateLine", "ngày ban hành trong năm 2023", "(không có)");
        assertThat(check(rule("gia-lai-2023", "issue-date", "{required: false}"), plan)).isEmpty();
    }

    @Test
    void aMonthThatIsNoMonthRefusesThePack() {
        assertThatThrownBy(() -> rule("gia-lai-2023", "issue-date", "{previousYearFromMonth: 13}"))
                .isInstanceOf(DescriptorException.class)
                .hasMessage("/rules/0/parameters/previousYearFromMonth: rule 'issue-date' (issue-date): must be a month"
                        + " (1-12) or 0, was 13");
    }
}
