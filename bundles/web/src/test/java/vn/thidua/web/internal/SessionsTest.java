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

        void pass(long minutes) {
            now = now.plus(Duration.ofMinutes(minutes));
        }
    }

    private final Hand clock = new Hand();
    private final Sessions sessions = new Sessions(Duration.ofMinutes(30), clock);

    /** A token as the API issues it by default: 60 minutes idle, 12 hours at most. */
    private ApiSessions.Opened token(String user, String... roles) {
        return new ApiSessions.Opened("api-token-of-" + user, user, Set.of(roles), Duration.ofMinutes(60),
                clock.now.plus(Duration.ofHours(12)));
    }

    @Test
    void aSessionHasItsOwnRandomIdAndCsrfTokenAndKeepsTheApiTokenNotAPassword() {
        WebSession a = sessions.open(token("eddy", "editor", "viewer"));
        WebSession b = sessions.open(token("eddy", "editor", "viewer"));
        assertThat(a.id).isNotEqualTo(b.id).hasSizeGreaterThanOrEqualTo(43);
        assertThat(a.csrf).isNotEqualTo(a.id).isNotEqualTo(b.csrf);
        assertThat(a.apiToken).isEqualTo("api-token-of-eddy");
        assertThat(a.roles).containsExactlyInAnyOrder("editor", "viewer");
        assertThat(sessions.find(a.id)).containsSame(a);
        assertThat(java.util.Arrays.stream(WebSession.class.getDeclaredFields()).map(f -> f.getName().toLowerCase()))
                .noneMatch(name -> name.contains("password"));
    }

    @Test
    void onlyCallsToTheApiRenewASessionNotLookingItUp() {
        WebSession s = sessions.open(token("vera", "viewer"));
        clock.pass(29);
        assertThat(sessions.find(s.id)).isPresent(); // a page or /app/me: found, not renewed
        clock.pass(1);
        assertThat(sessions.find(s.id)).isEmpty();

        WebSession t = sessions.open(token("vera", "viewer"));
        for (int i = 0; i < 3; i++) {
            clock.pass(29);
            sessions.renew(sessions.find(t.id).orElseThrow());
        }
        clock.pass(29);
        assertThat(sessions.find(t.id)).isPresent();
    }

    @Test
    void aSessionEndsBeforeItsApiTokenIdleOrNot() {
        // The API's token idles out after 20 minutes: the configured 30 give way to 19.
        ApiSessions.Opened short_ = new ApiSessions.Opened("t", "vera", Set.of("viewer"), Duration.ofMinutes(20),
                clock.now.plus(Duration.ofHours(1)));
        WebSession s = sessions.open(short_);
        assertThat(s.idle).isEqualTo(Duration.ofMinutes(19));
        clock.pass(19);
        assertThat(sessions.find(s.id)).isEmpty();
        assertThat(sessions.idleTimeout(Duration.ofMinutes(1))).isEqualTo(Duration.ofSeconds(30));

        // However used, a session ends a minute before the token's last moment.
        WebSession t = sessions.open(short_);
        for (int i = 0; i < 2; i++) {
            clock.pass(15);
            sessions.renew(sessions.find(t.id).orElseThrow());
        }
        clock.pass(9); // 58 minutes after the token's login, which ends at 60
        sessions.renew(sessions.find(t.id).orElseThrow());
        clock.pass(1);
        assertThat(sessions.find(t.id)).isEmpty();
        assertThat(t.notAfter).isEqualTo(short_.notAfter().minus(Duration.ofMinutes(1)));
    }

    @Test
    void signingOutEndsTheSessionAndUnknownOrMissingIdsFindNothing() {
        WebSession s = sessions.open(token("vera", "viewer"));
        assertThat(sessions.close(s.id)).containsSame(s);
        assertThat(sessions.find(s.id)).isEmpty();
        assertThat(sessions.close(s.id)).isEmpty();
        assertThat(sessions.find(null)).isEmpty();
        assertThat(sessions.find("forged")).isEmpty();
        assertThat(sessions.close(null)).isEmpty();
    }
}
