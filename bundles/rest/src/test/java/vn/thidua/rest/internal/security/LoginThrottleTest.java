package vn.thidua.rest.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import vn.thidua.rest.internal.HandClock;

public class LoginThrottleTest {

    private final HandClock clock = new HandClock("2026-01-01T00:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottle.Policy(3, Duration.ofSeconds(2), Duration.ofSeconds(60)),
            new LoginThrottle.Policy(10, Duration.ofSeconds(2), Duration.ofSeconds(60)), clock);

    /** A throttle that never locks within a test's few failures. */
    public static LoginThrottle lenient() {
        return new LoginThrottle(new LoginThrottle.Policy(1000, Duration.ofSeconds(1), Duration.ofSeconds(1)),
                new LoginThrottle.Policy(1000, Duration.ofSeconds(1), Duration.ofSeconds(1)), Clock.systemUTC());
    }

    @Test
    void locksAnAccountAfterTheFreeFailuresForDoublingTimes() {
        for (int i = 0; i < 2; i++) {
            throttle.failed("ana", "10.0.0.1");
            assertThat(throttle.locked("ana", "10.0.0.1")).isEmpty();
        }
        throttle.failed("ana", "10.0.0.1");
        assertThat(throttle.locked("ana", "10.0.0.9")).contains(Duration.ofSeconds(2));
        tick(2);
        assertThat(throttle.locked("ana", "10.0.0.9")).isEmpty();
        throttle.failed("ana", "10.0.0.1");
        assertThat(throttle.locked("ana", "10.0.0.9")).contains(Duration.ofSeconds(4));
        tick(4);
        throttle.failed("ana", "10.0.0.1");
        assertThat(throttle.locked("ana", "10.0.0.9")).contains(Duration.ofSeconds(8));
        assertThat(throttle.locked("binh", "10.0.0.9")).isEmpty();
    }

    @Test
    void theLockNeverPassesTheLongest() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("ana", "10.0.0.1");
        }
        assertThat(throttle.locked("ana", "10.0.0.2")).contains(Duration.ofSeconds(60));
    }

    @Test
    void locksAnAddressTryingManyAccounts() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("user" + i, "10.0.0.1");
        }
        assertThat(throttle.locked("someone-else", "10.0.0.1")).contains(Duration.ofSeconds(2));
        assertThat(throttle.locked("someone-else", "10.0.0.2")).isEmpty();
    }

    @Test
    void aSuccessClearsTheAccountButNotTheAddress() {
        for (int i = 0; i < 2; i++) {
            throttle.failed("ana", "10.0.0.1");
        }
        assertThat(throttle.succeeded("ana")).isTrue();
        throttle.failed("ana", "10.0.0.1");
        assertThat(throttle.locked("ana", "10.0.0.2")).isEmpty();
        assertThat(throttle.succeeded("binh")).isFalse();
    }

    @Test
    void failuresLongAgoAreForgotten() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("ana", "10.0.0.1");
        }
        tick(61);
        throttle.failed("ana", "10.0.0.1");
        assertThat(throttle.locked("ana", "10.0.0.2")).isEmpty();
    }

    @Test
    void aFloodOfNamesStaysBounded() {
        for (int i = 0; i < 3 * LoginThrottle.MAX_ENTRIES; i++) {
            throttle.failed("user" + i, "10.0." + (i % 250) + ".1");
        }
        assertThat(throttle.size()).isLessThanOrEqualTo(LoginThrottle.MAX_ENTRIES);
    }

    private void tick(long seconds) {
        clock.passSeconds(seconds);
    }
}
