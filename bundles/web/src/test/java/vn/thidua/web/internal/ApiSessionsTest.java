package vn.thidua.web.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

/** The sign-in and sign-out against an API on loopback that answers as the REST API does. */
class ApiSessionsTest {

    private record Seen(String method, String path, Headers headers) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final HttpServer api;
    private final URI root;
    private final ApiSessions sessions = new ApiSessions(new ClientForwarding(() -> "run-key"));

    ApiSessionsTest() throws IOException {
        api = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        api.createContext("/api/v1/sessions", exchange -> {
            seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), exchange.getRequestHeaders()));
            exchange.getRequestBody().readAllBytes();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            Map<String, Object[]> answers = Map.of(
                    "Basic " + b64("eddy:S3cret"), new Object[] { 201, "{\"token\":\"tok\",\"user\":\"eddy\",\"roles\":[\"editor\",\"viewer\"],"
                            + "\"expiresAt\":\"2027-04-15T09:00:00Z\",\"notAfter\":\"2027-04-15T20:00:00Z\",\"idleSeconds\":3600}" },
                    "Basic " + b64("eddy:wrong"), new Object[] { 401, "{\"status\":401}" },
                    "Basic " + b64("mallory:x"), new Object[] { 429, "{\"status\":429}" },
                    "Bearer tok", new Object[] { 204, null });
            Object[] answer = answers.getOrDefault(authorization, new Object[] { 401, "{\"status\":401}" });
            if ((int) answer[0] == 429) {
                exchange.getResponseHeaders().add("Retry-After", "16");
            }
            byte[] body = answer[1] == null ? new byte[0] : ((String) answer[1]).getBytes(UTF_8);
            exchange.sendResponseHeaders((int) answer[0], body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        api.start();
        root = URI.create("http://127.0.0.1:" + api.getAddress().getPort() + "/api/v1/");
    }

    @AfterEach
    void stop() {
        api.stop(0);
    }

    @Test
    void aRightPasswordBecomesATokenWithItsRolesAndBounds() throws IOException {
        ApiSessions.Outcome outcome = sessions.open(root, "eddy", "S3cret", "203.0.113.7");
        assertThat(outcome).isEqualTo(new ApiSessions.Opened("tok", "eddy", java.util.Set.of("editor", "viewer"),
                Duration.ofHours(1), Instant.parse("2027-04-15T20:00:00Z")));
        Seen login = seen.get(0);
        assertThat(login.method()).isEqualTo("POST");
        assertThat(login.path()).isEqualTo("/api/v1/sessions");
        // The browser's address crosses with this run's key, so the API throttles the browser, not loopback.
        assertThat(login.headers().getFirst(ClientForwarding.ADDRESS_HEADER)).isEqualTo("203.0.113.7");
        assertThat(login.headers().getFirst(ClientForwarding.KEY_HEADER)).isEqualTo("run-key");
    }

    @Test
    void refusalsKeepTheApisStatusAndWait() throws IOException {
        assertThat(sessions.open(root, "eddy", "wrong", "203.0.113.7")).isEqualTo(new ApiSessions.Refused(401, 0));
        assertThat(sessions.open(root, "mallory", "x", "203.0.113.7")).isEqualTo(new ApiSessions.Refused(429, 16));
    }

    @Test
    void signingOutRevokesTheToken() throws IOException {
        assertThat(sessions.close(root, "tok", "203.0.113.7")).isTrue();
        assertThat(seen.get(0).method()).isEqualTo("DELETE");
        assertThat(seen.get(0).path()).isEqualTo("/api/v1/sessions/current");
        assertThat(sessions.close(root, "gone", "203.0.113.7")).isFalse();
    }

    @Test
    void withoutTheApisKeyNoAddressIsClaimed() throws IOException {
        new ApiSessions(new ClientForwarding(() -> null)).open(root, "eddy", "S3cret", "203.0.113.7");
        assertThat(seen.get(0).headers().containsKey(ClientForwarding.ADDRESS_HEADER)).isFalse();
        assertThat(seen.get(0).headers().containsKey(ClientForwarding.KEY_HEADER)).isFalse();
    }

    private static String b64(String text) {
        return java.util.Base64.getEncoder().encodeToString(text.getBytes(UTF_8));
    }
}
