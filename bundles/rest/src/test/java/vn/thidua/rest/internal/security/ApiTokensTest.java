package vn.thidua.rest.internal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import vn.thidua.rest.internal.HandClock;

class ApiTokensTest {

    @Test
    void aTokenIsKnownByItsHashAndCarriesItsRolesWithTheOnesTheyInclude() {
        ApiTokens tokens = ApiTokens.from(Map.of("token.e-office", ApiTokens.sha256("s3cret") + " editor", "bodyLimitBytes", "10"));
        Caller caller = tokens.caller("s3cret").orElseThrow();
        assertThat(caller.name()).isEqualTo("token:e-office");
        assertThat(caller.roles()).containsExactlyInAnyOrder("editor", "viewer");
        assertThat(tokens.caller("S3cret")).isEmpty();
        assertThat(tokens.list()).containsExactly(new ApiTokens.Token("e-office", List.of("editor", "viewer")));
    }

    @Test
    void aBadEntryNamesItsKey() {
        assertThatThrownBy(() -> ApiTokens.from(Map.of("token.portal", "abc viewer")))
                .hasMessageStartingWith("token.portal: expected");
        assertThatThrownBy(() -> ApiTokens.from(Map.of("token.portal", ApiTokens.sha256("x") + " root")))
                .hasMessageStartingWith("token.portal: grants none");
    }

    @Test
    void rolesNest() {
        assertThat(Role.effective(Set.of("admin"))).containsExactly("admin", "editor", "viewer");
        assertThat(Role.effective(Set.of("viewer", "ssh"))).containsExactly("viewer");
        assertThat(Role.effective(Set.of("manager"))).isEmpty();
    }

    @Test
    void aLoginIsRememberedUntilItExpiresAndAFailureNever() {
        AtomicInteger checks = new AtomicInteger();
        PasswordCheck realm = (user, password) -> {
            checks.incrementAndGet();
            return "right".equals(password) ? Optional.of(Set.of("viewer")) : Optional.empty();
        };
        HandClock clock = new HandClock("2024-01-01T00:00:00Z");
        RememberedLogins logins = new RememberedLogins(realm, Duration.ofSeconds(60), clock);
        assertThat(logins.login("an", "right")).contains(Set.of("viewer"));
        assertThat(logins.login("an", "right")).contains(Set.of("viewer"));
        assertThat(checks).hasValue(1);
        assertThat(logins.login("an", "wrong")).isEmpty();
        assertThat(logins.login("an", "wrong")).isEmpty();
        assertThat(checks).hasValue(3);
        clock.passSeconds(61);
        logins.login("an", "right");
        assertThat(checks).hasValue(4);
    }
}
