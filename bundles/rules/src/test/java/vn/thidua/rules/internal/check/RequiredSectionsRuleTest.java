package vn.thidua.rules.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.rules.internal.check.RuleHarness.assertOne;
import static vn.thidua.rules.internal.check.RuleHarness.check;
import static vn.thidua.rules.internal.check.RuleHarness.rule;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.Paragraph;
import vn.thidua.plan.Plan;
import vn.thidua.plan.Section;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.rules.internal.PlanEdit;
import vn.thidua.rules.internal.descriptor.DescriptorException;

class RequiredSectionsRuleTest {

    private static final Plan GIA_LAI = Fixtures.plan("003_44668950db2da263");
    private final CompiledRule rule = rule("gia-lai-2023", "required-sections");

    @Test
    void silentOnAPlanWithTheProvincesOutline() {
        assertThat(check(rule, GIA_LAI)).isEmpty();
    }

    @Test
    void aMissingSectionIsNamedWithTheSectionsFound() {
        Plan plan = PlanEdit.<Section>list(GIA_LAI, "/sections", l -> PlanEdit.without(l, 3));

        assertOne(check(rule, plan), plan, "required-sections", "/sections", "“IV. CÁC GIẢI PHÁP CHỦ YẾU”",
                "“V. TỔ CHỨC THỰC HIỆN”");
    }

    @Test
    void aSectionOutOfOrderIsFoundWhereItStands() {
        Plan plan = PlanEdit.<Section>list(GIA_LAI, "/sections", l -> PlanEdit.swapped(l, 1, 2));

        assertOne(check(rule, plan), plan, "required-sections", "/sections/1", "sau “II. MỤC ĐÍCH, YÊU CẦU”",
                "trước “II. MỤC ĐÍCH, YÊU CẦU”");
    }

    @Test
    void orderIsNotCheckedWhenTheRuleSaysSo() {
        Plan plan = PlanEdit.<Section>list(GIA_LAI, "/sections", l -> PlanEdit.swapped(l, 1, 2));

        assertThat(check(rule("gia-lai-2023", "required-sections", "{ordered: false}"), plan)).isEmpty();
    }

    @Test
    void aWrongNumberIsFoundOnTheNumber() {
        Plan plan = PlanEdit.section(GIA_LAI, "/sections/3", s -> s.number("VI."));

        assertOne(check(rule, plan), plan, "required-sections", "/sections/3/number", "“IV.”", "“VI.”");
    }

    @Test
    void headingsCompareWithoutCaseSpacingOrTrailingPunctuation() {
        Plan plan = PlanEdit.section(GIA_LAI, "/sections/4", s -> s.number("V").heading("Tổ chức  thực hiện."));

        assertThat(check(rule, plan)).isEmpty();
    }

    @Test
    void aHeadingTheOutlineAcceptsByPatternPasses() {
        Plan bacGiang2018 = Fixtures.plan("000_d3ad60d258665efa");

        assertThat(bacGiang2018.sections().get(1).heading()).isEqualTo("NỘI DUNG");
        assertThat(check(rule("bac-giang-2018", "required-sections"), bacGiang2018)).isEmpty();
    }

    @Test
    void aSectionOutsideTheOutlineIsFoundUnlessOthersAreAllowed() {
        Plan plan = PlanEdit.<Section>list(GIA_LAI, "/sections", l -> PlanEdit.inserted(l, 5,
                new Section("VI.", "KINH PHÍ", null, List.of(new Paragraph("Từ nguồn kinh phí của Ban.")))));

        assertOne(check(rule, plan), plan, "required-sections", "/sections/5/heading", "“NHIỆM VỤ CHUNG”",
                "“VI. KINH PHÍ”");
        assertThat(check(rule("gia-lai-2023", "required-sections", "{allowOthers: true}"), plan)).isEmpty();
    }

    @Test
    void sectionsGivenAsParametersReplaceTheOutline() {
        CompiledRule two = rule("gia-lai-2023", "required-sections",
                "{sections: [{number: 'I.', heading: NHIỆM VỤ CHUNG}, {number: 'II.', heading: KẾ HOẠCH}],"
                        + " allowOthers: true}");

        assertOne(check(two, GIA_LAI), GIA_LAI, "required-sections", "/sections", "“II. KẾ HOẠCH”", "“I. NHIỆM VỤ CHUNG”");
    }

    @Test
    void anAcceptPatternThatIsNoRegularExpressionRefusesThePack() {
        assertThatThrownBy(() -> rule("gia-lai-2023", "required-sections",
                "{sections: [{number: 'I.', heading: NHIỆM VỤ CHUNG, accept: ['NHIỆM VỤ(']}]}"))
                .isInstanceOf(DescriptorException.class)
                .hasMessageStartingWith("/rules/0/parameters/sections/0/accept/0: rule 'required-sections' (required-sections): ")
                .hasMessageContaining("not a regular expression");
    }
}
