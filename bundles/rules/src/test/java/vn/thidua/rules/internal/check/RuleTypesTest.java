package vn.thidua.rules.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.rules.internal.check.RuleHarness.check;
import static vn.thidua.rules.internal.check.RuleHarness.pack;
import static vn.thidua.rules.internal.check.RuleHarness.rule;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanKind;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.rules.Finding;
import vn.thidua.rules.RuleInfo;
import vn.thidua.rules.Severity;
import vn.thidua.rules.internal.descriptor.DescriptorException;
import vn.thidua.rules.internal.descriptor.PackDescriptor;
import vn.thidua.rules.internal.descriptor.PackDescriptor.RuleSpec;

/** Compiling a descriptor's rules: what is refused, and what a compiled rule carries. */
class RuleTypesTest {

    private static final PackDescriptor GIA_LAI = pack("gia-lai-2023");

    private static List<CompiledRule> compile(RuleSpec... specs) {
        PackDescriptor pack = new PackDescriptor(GIA_LAI.format(), GIA_LAI.pack(), GIA_LAI.issuer(), GIA_LAI.outline(), GIA_LAI.outlineNumbering(),
                GIA_LAI.tasks(), GIA_LAI.calendar(), GIA_LAI.awards(), GIA_LAI.defaults(), List.of(specs),
                GIA_LAI.template(), GIA_LAI.windows(), GIA_LAI.templates());
        return RuleTypes.compile(pack, RuleHarness.READER.mapper());
    }

    private static RuleSpec spec(String id, String type) {
        return new RuleSpec(id, type, null, "mô tả", null, null);
    }

    @Test
    void everyBuiltInTypeIsKnown() {
        assertThat(RuleTypes.names()).containsExactlyInAnyOrder("required-sections", "number-format", "issue-date",
                "place-name", "issuer", "deadline-window", "written-dates", "deadline-grouping", "standard-deadlines",
                "task-fields", "task-layout", "phase-coverage", "phase-anniversaries", "calendar-days",
                "target-quantities", "award-forms", "award-quotas", "signer-title", "recipients-archive", "expression");
    }

    @Test
    void anUnknownTypeIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> compile(spec("a", "issue-date"), spec("b", "deadline")))
                .isInstanceOf(DescriptorException.class)
                .hasMessageStartingWith("/rules/1/type: unknown rule type 'deadline' (known: required-sections, ");
    }

    @Test
    void anIdUsedTwiceOrNotWrittenAsWordsIsRefused() {
        assertThatThrownBy(() -> compile(spec("a", "issue-date"), spec("a", "issuer")))
                .hasMessage("/rules/1/id: rule id 'a' is used twice");
        assertThatThrownBy(() -> compile(spec("Issue_Date", "issue-date")))
                .hasMessage("/rules/0/id: a rule id is lower-case words joined by '-', was 'Issue_Date'");
    }

    @Test
    void anUnknownParameterIsRefusedNamingTheOnesTheTypeTakes() {
        assertThatThrownBy(() -> rule("gia-lai-2023", "issue-date", "{colour: red}"))
                .hasMessage("/rules/0/parameters/colour: rule 'issue-date' (issue-date): unknown parameter 'colour'"
                        + " (this rule type takes previousYearFromMonth, required)");
    }

    @Test
    void aParameterOfTheWrongTypeIsRefused() {
        assertThatThrownBy(() -> rule("gia-lai-2023", "issue-date", "{required: perhaps}"))
                .isInstanceOf(DescriptorException.class)
                .hasMessage("/rules/0/parameters/required: rule 'issue-date' (issue-date): must be true or false, was 'perhaps'");
    }

    @Test
    void aRuleCarriesItsEffectiveParametersDefaultsIncluded() {
        RuleInfo info = rule("gia-lai-2023", "deadline-window", "{to: '12-31'}").info();

        assertThat(info.parameters()).containsEntry("from", "01-01").containsEntry("to", "12-31");
        assertThat(info.severity()).isEqualTo(Severity.ERROR);
        assertThat(info.description()).isEqualTo("mô tả của deadline-window");
    }

    @Test
    void aRuleForSomeKindsOfPlanLeavesTheOthers() {
        CompiledRule themedOnly = rule(GIA_LAI, "themed", "expression", Severity.WARNING,
                "{test: 'plan.theme() != null', expected: chuyên đề}", List.of(PlanKind.THEMED));
        Plan yearly = Fixtures.plan("003_44668950db2da263");
        Plan themed = vn.thidua.rules.internal.PlanEdit.plan(yearly, b -> b.kind(PlanKind.THEMED));

        assertThat(check(themedOnly, yearly)).isEmpty();
        assertThat(check(themedOnly, themed)).singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
    }

    @Test
    void aRuleThatFailsToRunIsAFindingAndHidesNoOther() {
        RuleInfo info = new RuleInfo("broken", "issue-date", Severity.ERROR, "hỏng", java.util.Map.of());
        CompiledRule broken = new CompiledRule(info, List.of(), (context, findings) -> {
            throw new IllegalStateException("defect");
        });

        assertThat(check(broken, Fixtures.plan("003_44668950db2da263"))).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("broken");
            assertThat(f.message()).startsWith("Quy tắc broken không chạy được");
            assertThat(f.found()).contains("defect");
        });
    }

    @Test
    void parametersAreReadAsGivenInTheDescriptor() {
        ObjectNode given = (ObjectNode) RuleHarness.READER.mapper().createObjectNode().put("previousYearFromMonth", 12);
        List<CompiledRule> rules = compile(new RuleSpec("issue", "issue-date", Severity.INFO, "mô tả", null, given));

        assertThat(rules.get(0).info().parameters()).containsEntry("previousYearFromMonth", 12)
                .containsEntry("required", true);
        assertThat(rules.get(0).info().severity()).isEqualTo(Severity.INFO);
    }
}
