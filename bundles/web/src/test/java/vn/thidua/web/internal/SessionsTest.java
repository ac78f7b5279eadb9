package vn.thidua.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SessionsTest {

    /** A clock the test moves by hand. */
    private static final class Hand extends Clock {
        Instant now = Instant.parse("2027-04-15T08:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final Hand clock = new Hand();
    private final Sessions sessions = new Sessions(Duration.ofMinutes(30), clock);

    @Test
    void aSessionHasItsOwnRandomIdAndCsrfToken() {
        WebSession a = sessions.open("eddy", "pw".toCharArray(), Set.of("editor", "viewer"));
        WebSession b = sessions.open("eddy", "pw".toCharArray(), Set.of("editor", "viewer"));
        assertThat(a.id).isNotEqualTo(b.id).hasSizeGreaterThanOrEqualTo(43);
        assertThat(a.csrf).isNotEqualTo(a.id).isNotEqualTo(b.csrf);
        assertThat(sessions.find(a.id)).containsSame(a);
    }

    @Test
    void aSessionIdleLongerThanTheTimeoutIsGoneAndItsPasswordForgotten() {
        WebSession s = sessions.open("vera", "secret".toCharArray(), Set.of("viewer"));
        clock.now = clock.now.plus(Duration.ofMinutes(29));
        assertThat(sessions.find(s.id)).isPresent(); // a request restarts the idle time
        clock.now = clock.now.plus(Duration.ofMinutes(29));
        assertThat(sessions.find(s.id)).isPresent();
        clock.now = clock.now.plus(Duration.ofMinutes(31));
        assertThat(sessions.find(s.id)).isEmpty();
        assertThat(s.password()).isEqualTo("\0\0\0\0\0\0");
    }

    @Test
    void signingOutEndsTheSessionAndUnknownOrMissingIdsFindNothing() {
        WebSession s = sessions.open("vera", "secret".toCharArray(), Set.of("viewer"));
        sessions.close(s.id);
        assertThat(sessions.find(s.id)).isEmpty();
        assertThat(sessions.find(null)).isEmpty();
        assertThat(sessions.find("forged")).isEmpty();
        sessions.close(null);
    }
}
