package vn.thidua.plan.store.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanBuilder;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.plan.store.InvalidRequestException;
import vn.thidua.plan.store.PlanStatus;
import vn.thidua.plan.store.jpa.internal.status.RulePackStatusRules;
import vn.thidua.plan.store.status.NoRulePackInForceException;
import vn.thidua.plan.store.status.PlanNotValidException;
import vn.thidua.plan.store.status.RuleFinding;
import vn.thidua.plan.store.status.RulePacksUnavailableException;
import vn.thidua.rules.NoRulePackException;

/** The status rules on their own: what each status needs, and how each refusal says why. */
class StatusRulesTest {

    /** Bắc Giang 2018: registered number 08/KH-TDMNPB, issued on 16 March 2018. */
    private final Plan issued = Fixtures.plan("000_d3ad60d258665efa");
    /** Bắc Giang 2024: number still blank, date line without a day. */
    private final Plan draft = Fixtures.plan("001_b902e8c9f1ecfedd");

    @Test
    void aDraftNeedsNothingNotEvenARegistry() {
        assertThat(new RulePackStatusRules(null).admit(draft, PlanStatus.DRAFT)).isNull();
        assertThat(new RulePackStatusRules(TestRulePacks.loading()).admit(draft, PlanStatus.DRAFT)).isNull();
    }

    @Test
    void withoutARegistryOnlyADraftPasses() {
        for (PlanStatus status : List.of(PlanStatus.VALIDATED, PlanStatus.ISSUED)) {
            assertThatThrownBy(() -> new RulePackStatusRules(null).admit(issued, status))
                    .isInstanceOfSatisfying(RulePacksUnavailableException.class, e -> assertThat(e.status()).isEqualTo(status))
                    .hasMessageContaining("only a DRAFT");
        }
    }

    @Test
    void validatedNeedsNoErrorFromThePackInForceAndNamesIt() {
        RulePackStatusRules rules = new RulePackStatusRules(TestRulePacks.loaded());

        assertThat(rules.admit(draft, PlanStatus.VALIDATED)).as("its warning refuses nothing").isEqualTo("bac-giang@test");

        Plan marked = PlanBuilder.builder(draft).summary(TestRulePacks.MARKED_WITH_AN_ERROR).build();
        assertThatThrownBy(() -> rules.admit(marked, PlanStatus.VALIDATED))
                .isInstanceOfSatisfying(PlanNotValidException.class, e -> {
                    assertThat(e.rulePackId()).isEqualTo("bac-giang@test");
                    assertThat(e.findings()).containsExactly(new RuleFinding("summary-marked", "/summary",
                            "Trích yếu bị đánh dấu lỗi", "không đánh dấu", TestRulePacks.MARKED_WITH_AN_ERROR));
                })
                .hasMessage("The plan cannot be VALIDATED: 1 error(s) with rule pack bac-giang@test; the first is"
                        + " summary-marked at /summary: Trích yếu bị đánh dấu lỗi");
    }

    @Test
    void issuedNeedsMoreoverTheNumberAndTheIssueDateAfterThePacksErrors() {
        RulePackStatusRules rules = new RulePackStatusRules(TestRulePacks.loaded());
        assertThat(rules.admit(issued, PlanStatus.ISSUED)).isEqualTo("bac-giang@test");

        Plan marked = PlanBuilder.builder(draft).summary(TestRulePacks.MARKED_WITH_AN_ERROR).build();
        assertThatThrownBy(() -> rules.admit(marked, PlanStatus.ISSUED))
                .isInstanceOfSatisfying(PlanNotValidException.class, e -> assertThat(e.findings())
                        .extracting(RuleFinding::ruleId, RuleFinding::pointer, RuleFinding::found)
                        .containsExactly(tuple("summary-marked", "/summary", TestRulePacks.MARKED_WITH_AN_ERROR),
                                tuple(RuleFinding.ISSUED_NEEDS_NUMBER, "/number", "Số: /KH-KCN"),
                                tuple(RuleFinding.ISSUED_NEEDS_DATE, "/dateLine/date", draft.dateLine().text())));
    }

    @Test
    void noPackInForceNamesThePlansValueTheRegistryBlames() {
        RulePackStatusRules loading = new RulePackStatusRules(TestRulePacks.loading());
        assertThatThrownBy(() -> loading.admit(issued, PlanStatus.VALIDATED))
                .isInstanceOfSatisfying(NoRulePackInForceException.class, e -> {
                    assertThat(e.provinceCode()).isEqualTo("bac-giang");
                    assertThat(e.date()).isEqualTo(LocalDate.of(2018, 1, 1));
                    assertThat(e.field()).isEqualTo("/province/code");
                });

        RulePackStatusRules notThatYear = new RulePackStatusRules(TestRulePacks.finding(plan -> {
            throw new NoRulePackException("bac-giang", LocalDate.of(2018, 3, 16), "/dateLine/date");
        }));
        assertThatThrownBy(() -> notThatYear.admit(issued, PlanStatus.ISSUED))
                .isInstanceOfSatisfying(NoRulePackInForceException.class, e -> assertThat(e.field()).isEqualTo("/dateLine/date"));
    }

    @Test
    void aPlanAndAStatusAreRequired() {
        RulePackStatusRules rules = new RulePackStatusRules(TestRulePacks.loaded());
        assertThatThrownBy(() -> rules.admit(null, PlanStatus.DRAFT))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("plan"));
        assertThatThrownBy(() -> rules.admit(issued, null))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("status"));
    }
}
