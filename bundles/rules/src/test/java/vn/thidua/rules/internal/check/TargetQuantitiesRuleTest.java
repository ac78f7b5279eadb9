package vn.thidua.rules.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.rules.internal.check.RuleHarness.assertOne;
import static vn.thidua.rules.internal.check.RuleHarness.check;
import static vn.thidua.rules.internal.check.RuleHarness.rule;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.GrowthBuilder;
import vn.thidua.plan.Plan;
import vn.thidua.plan.QuantityBuilder;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.rules.internal.PlanEdit;

class TargetQuantitiesRuleTest {

    /** Bắc Giang 2024: six socio-economic targets with values, then security and other targets without. */
    private static final Plan BAC_GIANG = Fixtures.plan("001_b902e8c9f1ecfedd");
    private static final String ECONOMIC = "/sections/1/blocks/1/blocks/0/targets/";
    /** "đạt 540.000 tỷ đồng, tăng 19,3% so với 2023". */
    private static final String REVENUE = ECONOMIC + 3;

    private final CompiledRule rule = rule("bac-giang-2024", "target-quantities");

    @Test
    void silentWhenEveryEconomicTargetHasItsFigure() {
        assertThat(check(rule, BAC_GIANG)).isEmpty();
    }

    @Test
    void anEconomicTargetWithoutValueAndUnitIsFound() {
        Plan plan = PlanEdit.target(BAC_GIANG, ECONOMIC + 2, t -> t.quantity(null));

        assertOne(check(rule, plan), plan, "target-quantities", ECONOMIC + "2/quantity", "giá trị kèm đơn vị",
                "“Giải phóng mặt bằng, tạo quỹ đất sạch KCN từ 200ha trở lên.”");
    }

    @Test
    void targetsOfOtherHeadingsNeedNoFigureUnlessTheRuleSaysSo() {
        long unquantified = BAC_GIANG.targets().stream().filter(t -> t.quantity() == null).count();

        assertThat(unquantified).isEqualTo(5);
        assertThat(check(rule("bac-giang-2024", "target-quantities", "{categories: [SOCIO_ECONOMIC, OTHER]}"), BAC_GIANG))
                .hasSize(3).allMatch(f -> f.pointer().startsWith("/sections/1/blocks/3/blocks/0/targets/"));
    }

    @Test
    void aValueThatIsNotTheNumberWrittenIsFound() {
        Plan plan = PlanEdit.target(BAC_GIANG, REVENUE, t -> t.quantity(QuantityBuilder.builder(t.quantity())
                .value(new BigDecimal("54000")).build()));

        assertOne(check(rule, plan), plan, "target-quantities", REVENUE + "/quantity/value", "“540.000” = 540000",
                "54000");
    }

    @Test
    void aNumberNotWrittenTheVietnameseWayIsFound() {
        Plan plan = PlanEdit.target(BAC_GIANG, REVENUE, t -> t.quantity(QuantityBuilder.builder(t.quantity())
                .valueText("540,000,0").build()));

        assertOne(check(rule, plan), plan, "target-quantities", REVENUE + "/quantity/value", "“1,2”", "“540,000,0”");
    }

    @Test
    void aGrowthPercentThatIsNotTheNumberWrittenIsFound() {
        Plan plan = PlanEdit.target(BAC_GIANG, REVENUE, t -> t.growth(GrowthBuilder.builder(t.growth())
                .percent(new BigDecimal("193")).build()));

        assertOne(check(rule, plan), plan, "target-quantities", REVENUE + "/growth/percent", "“19,3” = 19.3", "193");
    }

    @Test
    void aGrowthComparesWithTheYearBefore() {
        Plan plan = PlanEdit.target(BAC_GIANG, REVENUE, t -> t.growth(GrowthBuilder.builder(t.growth()).baseYear(2022)
                .build()));

        assertOne(check(rule, plan), plan, "target-quantities", REVENUE + "/growth/baseYear", "so với năm 2023",
                "so với năm 2022");
        assertThat(check(rule("bac-giang-2024", "target-quantities", "{growthBaseYearOffset: -2}"), plan))
                .extracting(f -> f.pointer()).containsExactly(ECONOMIC + "4/growth/baseYear");
    }
}
