package vn.thidua.rules.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.Test;

/**
 * The budget on clocks this test moves by hand: what it decides, and how often it reads the CPU
 * clock, a system call of 1.4 µs on a virtual machine where reading it at every check was two thirds
 * of a seed plan's validation.
 */
class ValidationBudgetTest {

    private static final Duration BUDGET = Duration.ofNanos(100);

    /** A clock the test sets, counting how often it is read. */
    private static final class Clock implements LongSupplier {
        long now;
        int reads;

        @Override
        public long getAsLong() {
            reads++;
            return now;
        }
    }

    private final Clock wall = new Clock();
    private final Clock cpu = new Clock();

    @Test
    void checksWithinTheWallTimeOfTheBudgetReadTheCpuClockOnlyAtTheStart() {
        ValidationBudget.within(new ValidationBudget(BUDGET, wall, cpu), () -> {
            for (int i = 0; i < 99; i++) {
                wall.now++;
                cpu.now++;
                ValidationBudget.check();
            }
            return null;
        });
        assertThat(wall.reads).isEqualTo(100);
        assertThat(cpu.reads).isEqualTo(1);
    }

    @Test
    void aThreadThatWaitsForACoreKeepsWhatIsLeftOfItsCpuTime() {
        ValidationBudget.within(new ValidationBudget(BUDGET, wall, cpu), () -> {
            wall.now = 150;
            cpu.now = 40;
            ValidationBudget.at("rule-a");
            assertThat(cpu.reads).as("read once wall time passed the budget").isEqualTo(2);

            // 60 ns of CPU left: they cannot be spent before a wall time of 210, so nothing is read
            wall.now = 209;
            cpu.now = 99;
            ValidationBudget.check();
            assertThat(cpu.reads).isEqualTo(2);

            wall.now = 210;
            ValidationBudget.check();
            assertThat(cpu.reads).as("1 ns left: read again from 211").isEqualTo(3);

            wall.now = 211;
            cpu.now = 100;
            assertThatThrownBy(ValidationBudget::check).isInstanceOfSatisfying(ValidationBudget.Exceeded.class, e -> {
                assertThat(e.budget()).isEqualTo(BUDGET);
                assertThat(e.where()).isEqualTo("rule-a");
            });
            return null;
        });
    }

    @Test
    void aThreadThatSpentItsCpuTimeStopsAtTheFirstCheckAfter() {
        ValidationBudget.within(new ValidationBudget(BUDGET, wall, cpu), () -> {
            wall.now = 99;
            cpu.now = 99;
            ValidationBudget.at("slow");
            wall.now = 100;
            cpu.now = 100;
            assertThatThrownBy(ValidationBudget::check).isInstanceOf(ValidationBudget.Exceeded.class)
                    .hasMessage("validation stopped after its budget of 0 ms, in rule slow");
            return null;
        });
    }

    @Test
    void withoutACpuClockWallTimeCounts() {
        ValidationBudget.within(new ValidationBudget(BUDGET, wall, null), () -> {
            wall.now = 99;
            ValidationBudget.check();
            wall.now = 100;
            assertThatThrownBy(ValidationBudget::check).isInstanceOf(ValidationBudget.Exceeded.class);
            return null;
        });
    }

    @Test
    void anInterruptedThreadStopsAtItsNextCheck() {
        ValidationBudget.within(new ValidationBudget(BUDGET, wall, cpu), () -> {
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(ValidationBudget::check).isInstanceOf(ValidationBudget.Exceeded.class);
            } finally {
                Thread.interrupted();
            }
            return null;
        });
    }

    @Test
    void anInnerBudgetLeavesTheOuterOneInChargeAndNothingIsCheckedOutsideBoth() {
        ValidationBudget.within(new ValidationBudget(BUDGET, wall, cpu), () -> {
            ValidationBudget.within(Duration.ZERO, () -> {
                ValidationBudget.check();
                return null;
            });
            wall.now = 100;
            cpu.now = 100;
            assertThatThrownBy(ValidationBudget::check).isInstanceOf(ValidationBudget.Exceeded.class);
            return null;
        });
        assertThatCode(ValidationBudget::check).doesNotThrowAnyException();
        assertThat(cpu.reads).isEqualTo(2);
    }

    @Test
    void onThisJvmsClocksABudgetOfZeroIsSpentAtTheFirstCheckAndOneOfAMinuteIsNot() {
        assertThatThrownBy(() -> ValidationBudget.within(Duration.ZERO, () -> {
            ValidationBudget.check();
            return null;
        })).isInstanceOf(ValidationBudget.Exceeded.class);
        assertThat(ValidationBudget.within(Duration.ofMinutes(1), () -> {
            ValidationBudget.check();
            return "done";
        })).isEqualTo("done");
    }
}
