package vn.thidua.rest.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private final ClientAddresses addresses = new ClientAddresses();

    @Test
    void theWebsBrowserAddressIsBelievedFromLoopbackWithThisRunsKeyOnly() {
        String key = addresses.get();
        assertThat(key).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(new ClientAddresses().get());
        assertThat(addresses.of("127.0.0.1", "203.0.113.7", key)).isEqualTo("203.0.113.7");
        assertThat(addresses.of("0:0:0:0:0:0:0:1", "2001:db8::7", key)).isEqualTo("2001:db8::7");
        // A reverse proxy on loopback passing a client's made-up headers: no key, no belief.
        assertThat(addresses.of("127.0.0.1", "203.0.113.7", null)).isEqualTo("127.0.0.1");
        assertThat(addresses.of("127.0.0.1", "203.0.113.7", "guessed")).isEqualTo("127.0.0.1");
        // The key from another host is worth nothing.
        assertThat(addresses.of("198.51.100.2", "203.0.113.7", key)).isEqualTo("198.51.100.2");
        // Only an address literal: nothing to look up, nothing to forge a log line with.
        assertThat(addresses.of("127.0.0.1", "evil.example", key)).isEqualTo("127.0.0.1");
        assertThat(addresses.of("127.0.0.1", "1.2.3.4\nlogin ok", key)).isEqualTo("127.0.0.1");
        assertThat(addresses.of("127.0.0.1", null, key)).isEqualTo("127.0.0.1");
    }
}
