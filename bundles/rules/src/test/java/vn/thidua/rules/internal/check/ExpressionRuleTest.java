package vn.thidua.rules.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.rules.internal.check.RuleHarness.assertOne;
import static vn.thidua.rules.internal.check.RuleHarness.check;
import static vn.thidua.rules.internal.check.RuleHarness.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.thidua.plan.Plan;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.rules.Finding;
import vn.thidua.rules.Severity;
import vn.thidua.rules.internal.PlanEdit;
import vn.thidua.rules.internal.Pointers;
import vn.thidua.rules.internal.descriptor.DescriptorException;
import vn.thidua.rules.internal.descriptor.PackDescriptor;
import vn.thidua.rules.internal.descriptor.PackDescriptor.RuleSpec;

/** {@code expression}: a rule written in the descriptor, run on the plan model. */
class ExpressionRuleTest {

    private static final Plan GIA_LAI = Fixtures.plan("003_44668950db2da263");
    private static final Plan HUNG_YEN = Fixtures.plan("004_a5c35aef69c6ea26");
    private static final Plan BAC_GIANG = Fixtures.plan("001_b902e8c9f1ecfedd");

    private static CompiledRule expression(String parameters) {
        return rule("gia-lai-2023", "expression", parameters);
    }

    @Test
    void aTestThatHoldsIsSilentAndOneThatFailsSaysWhatItFound() {
        CompiledRule summary = expression("{test: \"plan.summary().contains('' + year)\", expected: trích yếu có năm,"
                + " found: 'plan.summary()'}");
        Plan plan = PlanEdit.plan(GIA_LAI, b -> b.summary("Triển khai công tác thi đua, khen thưởng"));

        assertThat(check(summary, GIA_LAI)).isEmpty();
        Finding finding = assertOne(check(summary, plan), plan, "expression", "", "trích yếu có năm",
                "Triển khai công tác thi đua, khen thưởng");
        assertThat(finding.message()).startsWith("mô tả của expression: cần");
    }

    @Test
    void theMessageIsAParameter() {
        CompiledRule rule = expression("{test: 'false', expected: x, message: Kế hoạch sai}");

        assertThat(check(rule, GIA_LAI)).singleElement().extracting(Finding::message).asString().startsWith("Kế hoạch sai:");
    }

    @Test
    void eachTaskIsTestedWhereItStands() {
        CompiledRule lead = expression("{each: tasks, test: 'it.lead() != null', expected: đơn vị chủ trì}");
        String task = "/sections/1/blocks/0/tasks/3";
        Plan plan = PlanEdit.task(HUNG_YEN, task, t -> t.lead(null));

        assertThat(check(lead, HUNG_YEN)).isEmpty();
        assertOne(check(lead, plan), plan, "expression", task, "đơn vị chủ trì", "false");
    }

    @ParameterizedTest
    @CsvSource({"tasks, 23, 003_44668950db2da263", "targets, 11, 001_b902e8c9f1ecfedd",
        "phases, 2, 001_b902e8c9f1ecfedd", "awards, 2, 001_b902e8c9f1ecfedd", "recipients, 6, 001_b902e8c9f1ecfedd",
        "legalBases, 4, 003_44668950db2da263", "sections, 12, 001_b902e8c9f1ecfedd", "plan, 1, 001_b902e8c9f1ecfedd"})
    void eachElementIsFoundAtItsPlaceInThePlansJson(String each, int count, String seed) {
        Plan plan = Fixtures.plan(seed);

        List<Finding> findings = check(expression("{each: " + each + ", test: 'false', expected: x}"), plan);

        assertThat(findings).hasSize(count).extracting(Finding::pointer).doesNotHaveDuplicates();
        findings.forEach(f -> Pointers.assertResolves(plan, f.pointer()));
    }

    @Test
    void yearAndDateAreThePlansYearAndTheDateThatChoseThePack() {
        CompiledRule sameYear = expression("{test: 'date.getYear() == year && plan.year() == year', expected: x}");

        assertThat(check(sameYear, GIA_LAI)).isEmpty();
        assertThat(check(sameYear, GIA_LAI, LocalDate.of(2024, 2, 1))).hasSize(1);
    }

    @Test
    void theModelIsReadThroughItsMethodsAndEnumsCompareWithTheirNames() {
        assertThat(check(expression("{test: \"plan.kind() == 'THEMED' && plan.theme() != null\", expected: x}"),
                HUNG_YEN)).isEmpty();
        assertThat(check(expression("{each: phases, test: 'it.period().to().isAfter(it.period().from())"
                + " && size(it.anniversaries()) > 0 && it.anniversaries()[0].day() > 0', expected: x}"), BAC_GIANG))
                .isEmpty();
        assertThat(check(expression("{each: awards, test: \"it.form() =~ ['Cờ thi đua', 'Bằng khen']"
                + " && it.quotas()[0].bound() == 'AT_LEAST' && it.quotas()[0].value() >= 5\", expected: x}"), BAC_GIANG)).isEmpty();
        assertThat(check(expression("{each: targets, test: \"it.quantity() == null || it.quantity().value() > 0\","
                + " expected: x}"), BAC_GIANG)).isEmpty();
    }

    @Test
    void theElementsOfSchema2AreWithinTheSandbox() {
        Plan every = Fixtures.everyElement();
        assertThat(check(expression("{test: \"plan.issuer().kind() == 'PEOPLES_COMMITTEE' && plan.period().event() != null"
                + " && plan.appendices()[0].blocks()[0].sumOfPoints() == 100\", expected: x}"), every)).isEmpty();
        assertThat(check(expression("{each: awards, test: \"size(it.quotas()) == 0 || it.quotas()[0].bound() == 'AT_MOST'"
                + " && size(it.allRecipientKinds()) == 2\", expected: x}"), every)).isEmpty();
        assertThat(check(expression("{test: \"plan.sections()[3].blocks()[0].assignments()[2].directive() == 'GIAO'\","
                + " expected: x}"), every)).hasSize(1);
    }

    @Test
    void aTestThatCannotBeEvaluatedIsAFindingNotAnException() {
        CompiledRule registered = expression("{test: 'plan.number().number().length() == 2', expected: số đã đăng ký}");

        List<Finding> findings = check(registered, GIA_LAI);

        assertThat(GIA_LAI.number().number()).isNull();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.message()).startsWith("mô tả của expression (không kiểm tra được)");
            assertThat(f.found()).startsWith("lỗi biểu thức: expression/test@1:");
        });
    }

    @Test
    void theRulesOfOnePackShareAnEngineAndEachNamesItselfInItsErrors() throws Exception {
        PackDescriptor gialai = RuleHarness.pack("gia-lai-2023");
        String same = "{test: 'plan.number().number().length() == 2', expected: số đã đăng ký}";
        List<RuleSpec> specs = List.of(
                new RuleSpec("first-number", "expression", Severity.ERROR, "số (1)", List.of(),
                        (ObjectNode) RuleHarness.READER.mapper().readTree(same)),
                new RuleSpec("second-number", "expression", Severity.ERROR, "số (2)", List.of(),
                        (ObjectNode) RuleHarness.READER.mapper().readTree(same)));
        PackDescriptor two = new PackDescriptor(gialai.format(), gialai.pack(), gialai.issuer(), gialai.outline(),
                gialai.outlineNumbering(), gialai.tasks(), gialai.calendar(), gialai.awards(), gialai.defaults(), specs,
                gialai.template(), gialai.windows(), gialai.templates());

        List<CompiledRule> rules = RuleTypes.compile(two, RuleHarness.READER.mapper());
        List<CompiledRule> again = RuleTypes.compile(two, RuleHarness.READER.mapper());

        ExpressionRule first = (ExpressionRule) rules.get(0).rule();
        assertThat(((ExpressionRule) rules.get(1).rule()).engine()).isSameAs(first.engine());
        assertThat(((ExpressionRule) again.get(0).rule()).engine()).isNotSameAs(first.engine());
        // the same text in two rules: each error names its own rule, not the one parsed first
        assertThat(check(rules.get(0), GIA_LAI)).singleElement().extracting(Finding::found).asString()
                .startsWith("lỗi biểu thức: first-number/test@1:");
        assertThat(check(rules.get(1), GIA_LAI)).singleElement().extracting(Finding::found).asString()
                .startsWith("lỗi biểu thức: second-number/test@1:");
    }

    @Test
    void aTestWhoseValueIsNotTrueFails() {
        assertThat(check(expression("{test: 'plan.summary()', expected: x}"), GIA_LAI)).singleElement()
                .extracting(Finding::found).isEqualTo(GIA_LAI.summary());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against a hang, not a measure of speed
    void aRegularExpressionThatBacktracksForAgesInJavaRunsInLinearTimeOnRe2() {
        CompiledRule redos = expression("{each: tasks, test: \"it.content() =~ '(.*a){25}b'\", expected: x}");
        Plan plan = PlanEdit.task(GIA_LAI, "/sections/2/blocks/0/blocks/0/tasks/0", t -> t.content("a".repeat(40) + "!"));

        List<Finding> findings = check(redos, plan);

        // Every task is checked, the one of 40 a's included: no match, an ordinary finding, not "không kiểm tra được".
        assertThat(findings).hasSize(plan.tasks().size())
                .allSatisfy(f -> assertThat(f.message()).doesNotContain("không kiểm tra được"))
                .extracting(Finding::pointer).contains("/sections/2/blocks/0/blocks/0/tasks/0");
        assertThat(findings).extracting(Finding::found).containsOnly("false");
    }

    @Test
    void whatTheRuleRunsOnIsOneOfTheKnownElements() {
        assertThatThrownBy(() -> expression("{each: paragraphs, test: 'true', expected: x}"))
                .isInstanceOf(DescriptorException.class)
                .hasMessageStartingWith("/rules/0/parameters/each: rule 'expression' (expression): must be one of [plan,");
        assertThatThrownBy(() -> expression("{expected: x}")).isInstanceOf(DescriptorException.class)
                .hasMessage("/rules/0/parameters/test: rule 'expression' (expression): is required for this rule type");
    }
}
