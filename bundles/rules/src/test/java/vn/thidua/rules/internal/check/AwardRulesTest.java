package vn.thidua.rules.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.rules.internal.check.RuleHarness.assertOne;
import static vn.thidua.rules.internal.check.RuleHarness.check;
import static vn.thidua.rules.internal.check.RuleHarness.pack;
import static vn.thidua.rules.internal.check.RuleHarness.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.AwardProposal;
import vn.thidua.plan.AwardProposalBuilder;
import vn.thidua.plan.AwardQuota;
import vn.thidua.plan.Plan;
import vn.thidua.plan.QuotaBound;
import vn.thidua.plan.RecipientKind;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.rules.Finding;
import vn.thidua.rules.Severity;
import vn.thidua.rules.internal.PlanEdit;
import vn.thidua.rules.internal.descriptor.DescriptorException;
import vn.thidua.rules.internal.descriptor.PackDescriptor;

/** {@code award-forms} and {@code award-quotas}: what a plan proposes to award, and how many. */
class AwardRulesTest {

    /** Bắc Giang 2024: ≥ 5 Cờ thi đua for enterprises, one Bằng khen proposal for ≥ 10 collectives and ≥ 10 individuals. */
    private static final Plan BAC_GIANG = Fixtures.plan("001_b902e8c9f1ecfedd");
    private static final String AWARDS = "/sections/1/blocks/3/blocks/0/targets/2/awards/";

    /** Gia Lai's pack knows the three periods: the 2003 law, Law 06/2022 with Decree 98, then Decree 152. */
    private final CompiledRule forms = rule("gia-lai-2023", "award-forms");
    private final CompiledRule quotas = rule("bac-giang-2024", "award-quotas");

    private static Plan award(int index, UnaryOperator<AwardProposalBuilder> edit) {
        return PlanEdit.at(BAC_GIANG, AWARDS + index, AwardProposal.class, a -> edit.apply(AwardProposalBuilder.builder(a))
                .build());
    }

    @Test
    void silentOnFormsTheLawInForceHas() {
        assertThat(check(forms, BAC_GIANG)).isEmpty();
        assertThat(check(forms, award(0, a -> a.form("cờ thi đua")))).isEmpty();
    }

    @Test
    void aFormOfThe2003LawProposedIn2024IsFoundNamingTheLawInForce() {
        Plan plan = award(0, a -> a.form("Huy hiệu"));

        Finding finding = assertOne(check(forms, plan), plan, "award-forms", AWARDS + "0/form", "“Kỷ niệm chương”",
                "“Huy hiệu”");
        assertThat(finding.message()).startsWith("Hình thức khen thưởng không có theo Luật Thi đua, khen thưởng số"
                + " 06/2022/QH15 và Nghị định 98/2023/NĐ-CP");
    }

    @Test
    void theLawIsTheOneInForceOnThePlansDate() {
        Plan plan = award(0, a -> a.form("Huy hiệu"));

        assertThat(check(forms, plan, LocalDate.of(2023, 12, 31))).isEmpty();
        assertThat(check(forms, plan, LocalDate.of(2024, 1, 1))).hasSize(1);
        assertThat(check(forms, plan, LocalDate.of(2025, 7, 1))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("Nghị định 152/2025/NĐ-CP"));
    }

    @Test
    void aDateNoLawCoversIsFoundOnTheFirstProposal() {
        assertOne(check(forms, BAC_GIANG, LocalDate.of(2003, 6, 1)), BAC_GIANG, "award-forms", AWARDS + "0",
                "một luật có hiệu lực vào 01/6/2003", "không có");
    }

    @Test
    void aPlanProposingNoAwardNeedsNoLaw() {
        assertThat(check(forms, Fixtures.plan("003_44668950db2da263"), LocalDate.of(2003, 6, 1))).isEmpty();
    }

    @Test
    void aPackWithoutLawsCannotUseTheRule() {
        PackDescriptor giaLai = pack("gia-lai-2023");
        PackDescriptor noLaws = new PackDescriptor(giaLai.format(), giaLai.pack(), giaLai.issuer(), giaLai.outline(), giaLai.outlineNumbering(),
                giaLai.tasks(), giaLai.calendar(), null, giaLai.defaults(), giaLai.rules(), giaLai.template(), giaLai.windows(), giaLai.templates());

        assertThatThrownBy(() -> rule(noLaws, "forms", "award-forms", Severity.ERROR, null, List.of()))
                .isInstanceOf(DescriptorException.class).hasMessageContaining("rule 'forms' (award-forms): names no law");
    }

    @Test
    void silentOnPositiveQuotas() {
        assertThat(check(quotas, BAC_GIANG)).isEmpty();
        assertThat(check(quotas, award(0, a -> a.quotas(null)))).isEmpty();
    }

    @Test
    void aQuotaOfZeroIsFound() {
        Plan plan = award(1, a -> a.quotas(List.of(quota(QuotaBound.AT_LEAST, 10, null, RecipientKind.COLLECTIVE),
                quota(QuotaBound.AT_LEAST, 0, null, RecipientKind.INDIVIDUAL))));

        assertOne(check(quotas, plan), plan, "award-quotas", AWARDS + "1/quotas/1/value", "số lớn hơn 0", "0");
    }

    @Test
    void aSchema1MinimumCountIsStillChecked() {
        Plan plan = award(1, a -> a.quotas(null).minimumCount(0));

        assertOne(check(quotas, plan), plan, "award-quotas", AWARDS + "1/minimumCount", "số lớn hơn 0", "0");
    }

    @Test
    void aQuotaAboveTheProvincesCapIsFound() {
        CompiledRule capped = rule("bac-giang-2024", "award-quotas", "{quotas: [{form: Cờ thi đua, max: 3}]}");

        assertOne(check(capped, BAC_GIANG), BAC_GIANG, "award-quotas", AWARDS + "0/quotas/0/value", "nhiều nhất 3", "5");
    }

    @Test
    void aCapForOneKindOfRecipientLeavesTheOthers() {
        CompiledRule capped = rule("bac-giang-2024", "award-quotas",
                "{quotas: [{form: Bằng khen, recipientKind: INDIVIDUAL, max: 8}]}");

        assertOne(check(capped, BAC_GIANG), BAC_GIANG, "award-quotas", AWARDS + "1/quotas/1/value", "nhiều nhất 8", "10");
    }

    @Test
    void anAtMostAboveTheCapIsFoundButARateOrANumberPerUnitIsNotAPlanTotal() {
        CompiledRule capped = rule("bac-giang-2024", "award-quotas", "{quotas: [{form: Cờ thi đua, max: 3}]}");
        Plan atMost = award(0, a -> a.quotas(List.of(quota(QuotaBound.AT_MOST, 4, null, null))));
        Plan rate = award(0, a -> a.quotas(List.of(quota(QuotaBound.AT_MOST, 20, true, null))));
        Plan perUnit = award(0, a -> a.quotas(List.of(new AwardQuota(QuotaBound.AT_MOST, BigDecimal.valueOf(5), null, null,
                "đơn vị", "không quá 05 doanh nghiệp/đơn vị"))));

        assertOne(check(capped, atMost), atMost, "award-quotas", AWARDS + "0/quotas/0/value", "nhiều nhất 3", "4");
        assertThat(check(capped, rate)).isEmpty();
        assertThat(check(capped, perUnit)).isEmpty();
    }

    private static AwardQuota quota(QuotaBound bound, int value, Boolean rate, RecipientKind kind) {
        return new AwardQuota(bound, BigDecimal.valueOf(value), rate, kind, null, null);
    }
}
