package vn.thidua.web.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The sign-in and sign-out of the web against the REST API's session tokens
 * ({@code POST /api/v1/sessions} with the password, {@code DELETE /api/v1/sessions/current} with
 * the token), on the same Jetty (loopback) as {@link ApiProxy}: the API checks the password against
 * the realm, throttles failures and audits them, and the web keeps only the token it gets.
 */
final class ApiSessions {

    /** What a sign-in came to. */
    sealed interface Outcome permits Opened, Refused {
    }

    /** A token for the user; it ends {@code idle} after its last use, and at {@code notAfter} at the latest. */
    record Opened(String token, String user, Set<String> roles, Duration idle, Instant notAfter) implements Outcome {
    }

    /** The API's refusal: 401 wrong password, 403 no role, 429 throttled ({@code retryAfterSeconds}), 5xx unavailable. */
    record Refused(int status, long retryAfterSeconds) implements Outcome {
    }

    private static final int TIMEOUT_MS = 30_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ClientForwarding forwarding;

    ApiSessions(ClientForwarding forwarding) {
        this.forwarding = forwarding;
    }

    /** Exchanges a password for a session token; {@code api} is the API's root ({@code …/api/v1/}). */
    Outcome open(URI api, String user, String password, String clientAddress) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) api.resolve("sessions").toURL().openConnection();
        try {
            connection.setInstanceFollowRedirects(false);
            connection.setConnectTimeout(10_000);
            connection.setReadTimeout(TIMEOUT_MS);
            connection.setRequestMethod("POST");
            connection.setRequestProperty("Accept", "application/json");
            connection.setRequestProperty("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(UTF_8)));
            forwarding.apply(connection, clientAddress);
            int status = connection.getResponseCode();
            if (status != 201) {
                drain(connection.getErrorStream());
                return new Refused(status, retryAfter(connection.getHeaderField("Retry-After")));
            }
            try (InputStream in = connection.getInputStream()) {
                return opened(JSON.readTree(in));
            }
        } finally {
            connection.disconnect();
        }
    }

    /** Revokes a token (sign-out); true when the API ended it, false when it had already ended. */
    boolean close(URI api, String token, String clientAddress) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) api.resolve("sessions/current").toURL().openConnection();
        try {
            connection.setConnectTimeout(10_000);
            connection.setReadTimeout(TIMEOUT_MS);
            connection.setRequestMethod("DELETE");
            connection.setRequestProperty("Authorization", "Bearer " + token);
            forwarding.apply(connection, clientAddress);
            int status = connection.getResponseCode();
            drain(status >= 400 ? connection.getErrorStream() : connection.getInputStream());
            return status == 204;
        } finally {
            connection.disconnect();
        }
    }

    static Opened opened(JsonNode session) throws IOException {
        String token = session.path("token").asText("");
        long idleSeconds = session.path("idleSeconds").asLong(0);
        String notAfter = session.path("notAfter").asText("");
        if (token.isEmpty() || idleSeconds <= 0 || notAfter.isEmpty()) {
            throw new IOException("The API's session has no token, idleSeconds or notAfter");
        }
        Set<String> roles = new TreeSet<>();
        session.path("roles").forEach(r -> roles.add(r.asText()));
        return new Opened(token, session.path("user").asText(), roles, Duration.ofSeconds(idleSeconds), Instant.parse(notAfter));
    }

    private static long retryAfter(String header) {
        try {
            return header == null ? 0 : Math.max(0, Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void drain(InputStream body) throws IOException {
        if (body != null) {
            try (InputStream in = body) {
                in.transferTo(OutputStream.nullOutputStream());
            }
        }
    }
}
