package vn.thidua.rest.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.store.PlanStatus;
import vn.thidua.rest.internal.problem.ProblemException;

class ETagsAndParamsTest {

    @Test
    void ifMatchIsOneStrongETag() {
        assertThat(ETags.expectedVersion("\"12\"")).isEqualTo(12);
        assertThat(status(() -> ETags.expectedVersion(null))).isEqualTo(428);
        assertThat(status(() -> ETags.expectedVersion("W/\"12\""))).isEqualTo(412);
        assertThat(status(() -> ETags.expectedVersion("*"))).isEqualTo(400);
        assertThat(ETags.of(3).toString()).isEqualTo("\"3\"");
    }

    @Test
    void parametersAreParsedOrNamed() {
        assertThat(Params.optionalInt("year", " 2024 ")).isEqualTo(2024);
        assertThat(Params.intOr("limit", null, 50)).isEqualTo(50);
        assertThat(Params.optionalDate("dueBefore", "2024-06-30")).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(Params.optionalEnum("status", "validated", PlanStatus.class)).isEqualTo(PlanStatus.VALIDATED);
        assertThat(Params.optionalBoolean("late", "TRUE")).isTrue();
        assertThat(field(() -> Params.optionalInt("year", "2024a"))).isEqualTo("year");
        assertThat(field(() -> Params.optionalDate("dueBefore", "30/06/2024"))).isEqualTo("dueBefore");
        assertThat(field(() -> Params.optionalEnum("status", "SIGNED", PlanStatus.class))).isEqualTo("status");
        assertThat(field(() -> Params.optionalProvince("province", "Gia Lai"))).isEqualTo("province");
        assertThat(field(() -> Params.year("/year", 1900))).isEqualTo("/year");
    }

    private static int status(Runnable call) {
        try {
            call.run();
        } catch (ProblemException e) {
            return e.problem().status();
        }
        throw new AssertionError("no problem raised");
    }

    private static String field(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOf(ProblemException.class);
        try {
            call.run();
            return null;
        } catch (ProblemException e) {
            assertThat(e.problem().status()).isEqualTo(400);
            return e.problem().field();
        }
    }
}
