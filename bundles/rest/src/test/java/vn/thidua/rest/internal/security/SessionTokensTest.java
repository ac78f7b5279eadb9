package vn.thidua.rest.internal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.thidua.rest.internal.HandClock;

class SessionTokensTest {

    private final HandClock clock = new HandClock("2027-04-15T08:00:00Z");
    private final SessionTokens tokens = new SessionTokens(new SessionTokens.Policy(Duration.ofMinutes(30), Duration.ofHours(2), 3), clock);

    @Test
    void aTokenIsRandomAndStandsForItsLoginsUserAndRoles() {
        SessionTokens.Issued a = tokens.issue("eddy", Set.of("editor", "viewer"));
        SessionTokens.Issued b = tokens.issue("eddy", Set.of("editor", "viewer"));
        assertThat(a.token()).isNotEqualTo(b.token()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(a.expiresAt()).isEqualTo(clock.now().plus(Duration.ofMinutes(30)));
        assertThat(a.notAfter()).isEqualTo(clock.now().plus(Duration.ofHours(2)));
        Caller caller = tokens.caller(a.token()).orElseThrow();
        assertThat(caller.name()).isEqualTo("eddy");
        assertThat(caller.roles()).containsExactlyInAnyOrder("editor", "viewer");
        assertThat(caller.scheme()).isEqualTo(SessionTokens.SCHEME);
        assertThat(tokens.caller("forged")).isEmpty();
        assertThat(tokens.caller("")).isEmpty();
        assertThat(tokens.caller(null)).isEmpty();
    }

    @Test
    void onlyTheHashOfATokenIsKept() {
        SessionTokens.Issued issued = tokens.issue("vera", Set.of("viewer"));
        assertThat(tokens.hashes()).containsExactly(ApiTokens.sha256(issued.token()));
        assertThat(tokens.hashes()).noneMatch(h -> h.contains(issued.token()));
    }

    @Test
    void useSlidesTheIdleEndButNotTheLifetime() {
        String token = tokens.issue("vera", Set.of("viewer")).token();
        for (int i = 0; i < 3; i++) {
            clock.passMinutes(29);
            assertThat(tokens.caller(token)).isPresent();
        }
        assertThat(tokens.expiresAt(token)).contains(clock.now().plus(Duration.ofMinutes(30)));
        clock.passMinutes(29); // 116 minutes after the login, used 29 minutes ago
        assertThat(tokens.caller(token)).isPresent();
        assertThat(tokens.expiresAt(token)).contains(Instant.parse("2027-04-15T10:00:00Z"));
        clock.passMinutes(4); // two hours after the login: over, however recently used
        assertThat(tokens.caller(token)).isEmpty();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void anIdleTokenEnds() {
        String token = tokens.issue("vera", Set.of("viewer")).token();
        clock.passMinutes(30);
        assertThat(tokens.caller(token)).isEmpty();
        assertThat(tokens.expiresAt(token)).isEmpty();
    }

    @Test
    void aRevokedTokenIsGoneAtOnceAndOthersStay() {
        String a = tokens.issue("vera", Set.of("viewer")).token();
        String b = tokens.issue("vera", Set.of("viewer")).token();
        assertThat(tokens.revoke(a)).isTrue();
        assertThat(tokens.caller(a)).isEmpty();
        assertThat(tokens.revoke(a)).isFalse();
        assertThat(tokens.caller(b)).isPresent();
    }

    @Test
    void beyondTheBoundTheExpiredThenTheLeastRecentlyUsedEnd() {
        String expired = tokens.issue("a", Set.of("viewer")).token();
        clock.passMinutes(31);
        String first = tokens.issue("b", Set.of("viewer")).token();
        String second = tokens.issue("c", Set.of("viewer")).token();
        String third = tokens.issue("d", Set.of("viewer")).token(); // the expired one makes room
        assertThat(tokens.size()).isEqualTo(3);
        assertThat(tokens.caller(expired)).isEmpty();
        clock.passMinutes(1);
        tokens.caller(first); // used: second is now the least recently used
        String fourth = tokens.issue("e", Set.of("viewer")).token();
        assertThat(tokens.size()).isEqualTo(3);
        assertThat(tokens.caller(second)).isEmpty();
        assertThat(tokens.caller(first)).isPresent();
        assertThat(tokens.caller(third)).isPresent();
        assertThat(tokens.caller(fourth)).isPresent();
    }

    @Test
    void aSmallerBoundTakesEffectAtOnceAndBadBoundsAreRefused() {
        tokens.issue("a", Set.of("viewer"));
        clock.passMinutes(1);
        String kept = tokens.issue("b", Set.of("viewer")).token();
        tokens.policy(new SessionTokens.Policy(Duration.ofMinutes(30), Duration.ofHours(2), 1));
        assertThat(tokens.size()).isEqualTo(1);
        assertThat(tokens.caller(kept)).isPresent();
        assertThatThrownBy(() -> new SessionTokens.Policy(Duration.ZERO, Duration.ofHours(1), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SessionTokens.Policy(Duration.ofMinutes(1), Duration.ofHours(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        // An idle time longer than the lifetime is the lifetime.
        assertThat(new SessionTokens.Policy(Duration.ofHours(3), Duration.ofHours(1), 1).idle()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aTokenEndsAtItsNextUseOnceItsAccountChangedAndOthersStay() {
        java.util.Map<String, String> realm = new java.util.concurrent.ConcurrentHashMap<>(java.util.Map.of("eddy", "e1", "vera", "v1"));
        SessionTokens watched = new SessionTokens(new SessionTokens.Policy(Duration.ofMinutes(30), Duration.ofHours(2), 10), clock,
                user -> java.util.Optional.of(realm.getOrDefault(user, "gone")));
        String eddy = watched.issue("eddy", Set.of("editor")).token();
        String vera = watched.issue("vera", Set.of("viewer")).token();
        assertThat(watched.caller(eddy)).isPresent();

        realm.put("eddy", "e2"); // a role removed, say
        assertThat(watched.caller(eddy)).isEmpty();
        assertThat(watched.caller(vera)).isPresent();
        realm.put("eddy", "e1"); // put back: the ended token stays ended
        assertThat(watched.caller(eddy)).isEmpty();

        realm.remove("vera");
        assertThat(watched.caller(vera)).isEmpty();
        assertThat(watched.size()).isZero();
    }

    @Test
    void aRealmThatCannotTellLeavesTokensTheirRoles() {
        SessionTokens unknowing = new SessionTokens(new SessionTokens.Policy(Duration.ofMinutes(30), Duration.ofHours(2), 10), clock,
                SessionTokens.AccountStamps.NONE);
        String token = unknowing.issue("ldap-user", Set.of("viewer")).token();
        clock.passMinutes(20);
        assertThat(unknowing.caller(token)).map(Caller::roles).contains(Set.of("viewer"));
    }
}
