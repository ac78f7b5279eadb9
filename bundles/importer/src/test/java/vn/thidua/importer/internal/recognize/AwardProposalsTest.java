package vn.thidua.importer.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.AwardProposal;
import vn.thidua.plan.AwardQuota;
import vn.thidua.plan.QuotaBound;
import vn.thidua.plan.RecipientKind;

class AwardProposalsTest {

    @Test
    void aRequestForAFlagKeepsItsMinimumAsAQuota() {
        // Seed 001, II.4.
        AwardProposal a = AwardProposals.of("Đề nghị UBND tỉnh tặng Cờ thi đua cho ít nhất 5 doanh nghiệp");
        assertThat(a).isEqualTo(new AwardProposal(null, "Cờ thi đua", "UBND tỉnh", null, RecipientKind.ENTERPRISE, null, null,
                null, List.of(new AwardQuota(QuotaBound.AT_LEAST, new BigDecimal("5"), null, RecipientKind.ENTERPRISE, null,
                        "ít nhất 5 doanh nghiệp")),
                null, null, null, "Đề nghị UBND tỉnh tặng Cờ thi đua cho ít nhất 5 doanh nghiệp", null));
    }

    @Test
    void aSecondCountWithoutItsOwnBoundTakesTheFirstsAndTheRestIsTheStandard() {
        // Seed 001, II.4.
        String clause = "Chủ tịch UBND tỉnh tặng Bằng khen cho ít nhất 10 tập thể và 10 cá nhân có thành tích xuất sắc trong năm";
        AwardProposal a = AwardProposals.of(clause);
        assertThat(a.grantor()).isEqualTo("Chủ tịch UBND tỉnh");
        assertThat(a.recipientKind()).isNull();
        assertThat(a.recipientKinds()).containsExactly(RecipientKind.COLLECTIVE, RecipientKind.INDIVIDUAL);
        assertThat(a.minimumCount()).isNull();
        assertThat(a.quotas()).containsExactly(
                new AwardQuota(QuotaBound.AT_LEAST, new BigDecimal("10"), null, RecipientKind.COLLECTIVE, null, "ít nhất 10 tập thể"),
                new AwardQuota(QuotaBound.AT_LEAST, new BigDecimal("10"), null, RecipientKind.INDIVIDUAL, null, "10 cá nhân"));
        assertThat(a.standards()).containsExactly("có thành tích xuất sắc trong năm");
        assertThat(a.text()).isEqualTo(clause);
    }

    @Test
    void aCapPerUnitWrittenAfterTheFormAndItsGrantor() {
        // Made up, in the form of the provinces' guidance on awards.
        AwardProposal a = AwardProposals.of("Bằng khen của Chủ tịch UBND tỉnh: mỗi đơn vị đề nghị không quá 02 tập thể, 03 cá nhân");
        assertThat(a.form()).isEqualTo("Bằng khen");
        assertThat(a.grantor()).isEqualTo("Chủ tịch UBND tỉnh");
        assertThat(a.quotas()).containsExactly(
                new AwardQuota(QuotaBound.AT_MOST, new BigDecimal("2"), null, RecipientKind.COLLECTIVE, "đơn vị", "không quá 02 tập thể"),
                new AwardQuota(QuotaBound.AT_MOST, new BigDecimal("3"), null, RecipientKind.INDIVIDUAL, "đơn vị", "03 cá nhân"));
        assertThat(a.standards()).isEmpty();
    }

    @Test
    void anExactCountPerUnitARateAndAnAlternative() {
        // Made up variants of the same clause.
        AwardProposal perUnit = AwardProposals.of("Đề nghị Chủ tịch UBND tỉnh tặng Giấy khen cho 01 cá nhân/01 đơn vị");
        assertThat(perUnit.quotas()).containsExactly(
                new AwardQuota(QuotaBound.EXACT, new BigDecimal("1"), null, RecipientKind.INDIVIDUAL, "đơn vị", "01 cá nhân/01 đơn vị"));
        AwardProposal rate = AwardProposals.of("Giám đốc Sở tặng Giấy khen cho không quá 15% tập thể có thành tích tiêu biểu");
        assertThat(rate.quotas()).hasSize(1);
        assertThat(rate.quotas().get(0).rate()).isTrue();
        assertThat(rate.quotas().get(0).bound()).isEqualTo(QuotaBound.AT_MOST);
        assertThat(rate.quotas().get(0).value()).isEqualByComparingTo("15");
        assertThat(rate.standards()).containsExactly("có thành tích tiêu biểu");
        AwardProposal either = AwardProposals.of("UBND huyện tặng Giấy khen cho 05 tập thể hoặc 05 cá nhân");
        assertThat(either.either()).isTrue();
        assertThat(either.recipientKinds()).containsExactly(RecipientKind.COLLECTIVE, RecipientKind.INDIVIDUAL);
    }

    @Test
    void aSentenceThatProposesNoAwardIsNone() {
        assertThat(AwardProposals.of("Kịp thời nhân rộng các điển hình tiên tiến")).isNull();
        assertThat(AwardProposals.of("Đề nghị UBND tỉnh tặng Bằng khen cho các tập thể có thành tích xuất sắc")).isNull();
    }
}
