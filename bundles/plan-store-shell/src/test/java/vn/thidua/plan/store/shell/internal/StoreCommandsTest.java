package vn.thidua.plan.store.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.store.InvalidRequestException;
import vn.thidua.plan.store.PlanStatus;
import vn.thidua.plan.store.status.NoRulePackInForceException;
import vn.thidua.plan.store.status.PlanNotValidException;
import vn.thidua.plan.store.status.RuleFinding;

/** The store's refusals as the console prints them. */
class StoreCommandsTest {

    @Test
    void aPlanRefusedAStatusIsPrintedWithEveryFindingOnALineOfItsOwn() {
        PlanNotValidException refused = new PlanNotValidException(PlanStatus.ISSUED, "gia-lai@2023.1.0", List.of(
                new RuleFinding("number-format", "/number/symbol", "Ký hiệu phải là KH-BQLKKT", "KH-BQLKKT", "KH"),
                new RuleFinding(RuleFinding.ISSUED_NEEDS_NUMBER, "/number", "Kế hoạch đã ban hành phải có số văn bản đã đăng ký",
                        null, null)));

        assertThat(StoreCommands.refused(refused).getMessage().lines()).containsExactly(
                "Not stored: The plan cannot be ISSUED: 2 error(s) with rule pack gia-lai@2023.1.0; the first is number-format"
                        + " at /number/symbol: Ký hiệu phải là KH-BQLKKT",
                "  number-format at /number/symbol: Ký hiệu phải là KH-BQLKKT",
                "  issued-needs-number at /number: Kế hoạch đã ban hành phải có số văn bản đã đăng ký");
    }

    @Test
    void otherRefusalsAreOneLineNamingTheField() {
        assertThat(StoreCommands.refused(new InvalidRequestException("limit", "limit must be between 1 and 500, was 0"))
                .getMessage()).isEqualTo("limit: limit must be between 1 and 500, was 0");
        assertThat(StoreCommands.refused(new NoRulePackInForceException(PlanStatus.VALIDATED, "quang-ninh",
                LocalDate.of(2026, 1, 1), "/province/code")).getMessage())
                .startsWith("/province/code: The plan cannot be VALIDATED: no rule pack is in force for province 'quang-ninh'");
    }
}
