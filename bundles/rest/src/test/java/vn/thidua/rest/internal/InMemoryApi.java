package vn.thidua.rest.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;

import vn.thidua.plan.time.VietnamClock;
import vn.thidua.rest.internal.security.ApiTokens;
import vn.thidua.rest.internal.security.LoginThrottle;
import vn.thidua.rest.internal.security.PasswordCheck;
import vn.thidua.rest.internal.security.SessionTokens;

/**
 * The whole Jersey application of the facade, served in memory (no HTTP server): the same
 * resources, filters and mappers as in Karaf, with a realm of three users (viewer, editor, admin;
 * each one's password is its name) and one token.
 */
final class InMemoryApi {

    static final String TOKEN = "external-system-token";

    private final ApplicationHandler handler;
    /** The session tokens' clock, moved by hand. */
    final HandClock sessionClock = new HandClock(Instant.parse("2024-03-01T08:00:00Z"));
    final SessionTokens sessions = new SessionTokens(new SessionTokens.Policy(Duration.ofMinutes(30), Duration.ofHours(8), 100),
            sessionClock);

    InMemoryApi(Services services, long bodyLimit) {
        PasswordCheck realm = (user, password) -> Set.of("viewer", "editor", "admin").contains(user) && user.equals(password)
                ? Optional.of(Set.of(user)) : Optional.empty();
        LoginThrottle throttle = new LoginThrottle(new LoginThrottle.Policy(5, Duration.ofSeconds(30), Duration.ofMinutes(5)),
                new LoginThrottle.Policy(20, Duration.ofSeconds(30), Duration.ofMinutes(5)), Clock.systemUTC());
        ApiTokens tokens = ApiTokens.from(Map.of("token.portal", ApiTokens.sha256(TOKEN) + " viewer"));
        handler = new ApplicationHandler(ApiApplication.create(services, realm, () -> tokens, () -> throttle, sessions, () -> bodyLimit,
                VietnamClock.of(Clock.fixed(Instant.parse("2024-03-01T00:00:00Z"), ZoneOffset.UTC)), List.of()));
    }

    Call call(String method, String path) {
        return new Call(method, path);
    }

    /** A request being put together; {@link #send()} runs it. */
    final class Call {
        private final ContainerRequest request;
        private byte[] body;
        private java.io.InputStream stream;

        Call(String method, String path) {
            request = new ContainerRequest(URI.create("http://localhost/api/v1/"), URI.create("http://localhost/api/v1/" + path),
                    method, null, new MapPropertiesDelegate(), null);
        }

        Call as(String user) {
            return header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }

        Call header(String name, String value) {
            request.header(name, value);
            return this;
        }

        Call json(String json) {
            return body("application/json", json.getBytes(StandardCharsets.UTF_8));
        }

        Call body(String type, byte[] bytes) {
            header("Content-Length", Integer.toString(bytes.length));
            return chunked(type, bytes);
        }

        /** A body whose length is not announced, as a chunked upload sends it. */
        Call chunked(String type, byte[] bytes) {
            if (request.getHeaderString("Content-Length") == null) {
                header("Transfer-Encoding", "chunked");
            }
            header("Content-Type", type);
            body = bytes;
            return this;
        }

        /**
         * A body of announced length of which nothing has arrived yet when the server looks
         * ({@code available()} is 0, as on a socket whose client is still sending); reading it
         * gives the bytes all the same.
         */
        Call bodyStillArriving(String type, byte[] bytes) {
            return bodyStream(type, bytes.length, new ArrivingLater(bytes));
        }

        /** A body of announced length read from {@code stream}. */
        Call bodyStream(String type, long length, java.io.InputStream stream) {
            header("Content-Length", Long.toString(length));
            header("Content-Type", type);
            this.stream = stream;
            return this;
        }

        /** A body without Content-Type. */
        Call rawBody(String text) {
            body = text.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        Reply send() {
            if (stream != null) {
                request.setEntityStream(stream);
            } else if (body != null) {
                request.setEntityStream(new ByteArrayInputStream(body));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ContainerResponse response = handler.apply(request, out).get();
                return new Reply(response.getStatus(), response.getHeaderString("Content-Type"), response, out.toString(StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new AssertionError("the request could not be served", e);
            }
        }
    }

    /** Bytes that a read gives but that {@code available()} does not count yet. */
    private static final class ArrivingLater extends ByteArrayInputStream {
        ArrivingLater(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int available() {
            return 0;
        }
    }

    /** What came back. */
    record Reply(int status, String type, ContainerResponse response, String body) {
        String header(String name) {
            return response.getHeaderString(name);
        }
    }
}
