package vn.thidua.rest.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The parts of an {@code Authorization} header, as the filter and the facade's body reads both take them. */
class AuthenticationFilterTest {

    @Test
    void aBearerHeaderGivesItsTokenWhateverTheCaseAndSpaces() {
        assertThat(AuthenticationFilter.bearerToken("Bearer abc")).hasValue("abc");
        assertThat(AuthenticationFilter.bearerToken("  bearer   abc  ")).hasValue("abc");
        assertThat(AuthenticationFilter.bearerToken("Bearer")).hasValue("");
    }

    @Test
    void anotherSchemeGivesNoToken() {
        assertThat(AuthenticationFilter.bearerToken("Basic YWRtaW46eA==")).isEmpty();
        assertThat(AuthenticationFilter.bearerToken("BearerToken abc")).isEmpty();
        assertThat(AuthenticationFilter.bearerToken("")).isEmpty();
    }
}
