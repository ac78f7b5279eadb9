package vn.thidua.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which connector of this Jetty the web calls the API on, for the connector a request came in on. */
class LoopbackApiTest {

    @Test
    void aRequestOnThePlainConnectorCallsTheApiOnIt() throws Exception {
        LoopbackApi api = new LoopbackApi(() -> List.of("http://127.0.0.1:8181/", "https://127.0.0.1:8443/"));

        assertThat(api.root(8181)).isEqualTo(URI.create("http://127.0.0.1:8181/api/v1/"));
    }

    @Test
    void aRequestOverJettysOwnHttpsCallsTheApiOnThePlainConnector() throws Exception {
        LoopbackApi api = new LoopbackApi(() -> List.of("https://0.0.0.0:8443/", "http://0.0.0.0:8181/"));

        assertThat(api.root(8443)).isEqualTo(URI.create("http://127.0.0.1:8181/api/v1/"));
    }

    @Test
    void httpsAloneIsRefusedNamingTheSettingThatFixesIt() {
        LoopbackApi api = new LoopbackApi(() -> List.of("https://127.0.0.1:8443/"));

        assertThatThrownBy(() -> api.root(8443)).isInstanceOf(LoopbackApi.NoHttpConnector.class)
                .hasMessageContaining("org.osgi.service.http.enabled = true")
                .hasMessageContaining("https://127.0.0.1:8443/");
    }

    @Test
    void withoutAnHttpRuntimeToAskTheRequestsOwnConnectorIsUsed() throws Exception {
        LoopbackApi api = new LoopbackApi(List::of);

        assertThat(api.root(9090)).isEqualTo(URI.create("http://127.0.0.1:9090/api/v1/"));
    }

    @Test
    void anEndpointThatIsNotAUriIsPassedOver() throws Exception {
        LoopbackApi api = new LoopbackApi(() -> List.of("not a uri", "http://127.0.0.1:8181/"));

        assertThat(api.root(8443)).isEqualTo(URI.create("http://127.0.0.1:8181/api/v1/"));
    }
}
