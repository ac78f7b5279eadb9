package vn.thidua.web.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.thidua.jetty.body.LoopbackJetty;
import vn.thidua.jetty.body.SlowPosts;

/**
 * The web's calls to the API in a real Jetty of 12 threads that serves both: {@code /app/api/*}
 * through the proxy, and a stand-in for the API at {@code /api/v1/*} that answers what it was sent.
 */
class ApiProxyTest {

    private static final Duration WITHIN = Duration.ofSeconds(2);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Replaced by a test that needs a smaller budget of held bytes, before its first request. */
    private volatile ApiProxy proxy = proxyHolding(1024 * 1024);
    private final WebSession session = new WebSession("s1", "chuyenvien", Set.of("editor"), "csrf", "api-token-1",
            Duration.ofMinutes(30), Instant.now().plusSeconds(3600), Instant.now());
    private LoopbackJetty jetty;

    private final class WebAndApi extends HttpServlet {
        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String path = request.getRequestURI();
            if (path.startsWith("/app/api/")) {
                proxy.forward(request, response, path.substring("/app/api/".length()), session, false,
                        () -> {
                            response.setStatus(401);
                            response.getOutputStream().write("signed out".getBytes(UTF_8));
                        });
                return;
            }
            // the API's stand-in
            if (path.endsWith("/revoked")) {
                response.setStatus(401);
                response.setHeader("WWW-Authenticate", "Bearer");
                return;
            }
            byte[] body = request.getInputStream().readAllBytes();
            response.setStatus(path.endsWith("/plans") ? 201 : 200);
            response.setHeader("ETag", "\"7\"");
            response.setHeader("X-Not-Passed", "x");
            response.setContentType("text/plain; charset=utf-8");
            response.getOutputStream().write((request.getMethod() + " " + path + "?" + request.getQueryString() + " "
                    + request.getHeader("Authorization") + " " + request.getContentType() + " " + request.getHeader("If-Match")
                    + " " + request.getContentLengthLong() + ": " + new String(body, UTF_8)).getBytes(UTF_8));
        }
    }

    private static ApiProxy proxyHolding(long heldBytes) {
        return new ApiProxy(new ClientForwarding(() -> null), new LoopbackApi(List::of), WITHIN, heldBytes);
    }

    @BeforeEach
    void start() throws Exception {
        jetty = LoopbackJetty.serving("", "/*", new WebAndApi());
    }

    @AfterEach
    void stop() throws Exception {
        jetty.close();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    private Socket slowPut(long contentLength) throws IOException {
        return SlowPosts.open(jetty.port(), "/app/api/plans/1", "application/json", contentLength, "{");
    }

    @Test
    void aBodyCrossesWholeWithItsLengthTheHeadersOfTheContractAndTheUsersToken() throws Exception {
        String plan = "{\"title\":\"Kế hoạch thi đua năm 2027 của Sở Nội vụ\",\"padding\":\"" + "ữ".repeat(30_000) + "\"}";
        int bytes = plan.getBytes(UTF_8).length;

        HttpResponse<String> declared = send(HttpRequest.newBuilder(jetty.uri("/app/api/plans/1?draft=1"))
                .header("Content-Type", "application/json").header("If-Match", "\"6\"")
                .PUT(HttpRequest.BodyPublishers.ofString(plan, UTF_8)));
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(jetty.uri("/app/api/plans"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(plan.getBytes(UTF_8)))));

        assertThat(declared.statusCode()).isEqualTo(200);
        assertThat(declared.body()).isEqualTo("PUT /api/v1/plans/1?draft=1 Bearer api-token-1 application/json \"6\" " + bytes
                + ": " + plan);
        assertThat(declared.headers().firstValue("ETag")).hasValue("\"7\"");
        assertThat(declared.headers().firstValue("X-Not-Passed")).isEmpty();
        // a chunked upload reaches the API whole, with its length
        assertThat(chunked.statusCode()).isEqualTo(201);
        assertThat(chunked.body()).isEqualTo("POST /api/v1/plans?null Bearer api-token-1 application/json null " + bytes
                + ": " + plan);
        assertThat(proxy.held()).isZero();
    }

    @Test
    void slowUploadsHoldNoThreadAndAreAnswered408() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            // three times the pool: passed on as they came, these would leave no thread for the calls below
            for (int i = 0; i < 3 * LoopbackJetty.THREADS; i++) {
                slow.add(slowPut(1000));
            }

            HttpResponse<String> read = send(HttpRequest.newBuilder(jetty.uri("/app/api/plans")).GET());
            HttpResponse<String> saved = send(HttpRequest.newBuilder(jetty.uri("/app/api/plans/2"))
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"year\":2027}")));

            assertThat(read.statusCode()).isEqualTo(201);
            assertThat(saved.statusCode()).isEqualTo(200);
            assertThat(saved.body()).endsWith(" 13: {\"year\":2027}");
            for (Socket socket : slow) {
                assertThat(SlowPosts.statusLine(socket)).isEqualTo("HTTP/1.1 408 Request Timeout");
                assertThat(SlowPosts.rest(socket, 2000)).contains("application/problem+json")
                        .contains("\"type\":\"urn:thidua:problem:request-timeout\"").contains("không có gì được lưu");
            }
            assertThat(proxy.held()).isZero();
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void uploadsPastTheBytesHeldAtOnceAreAnswered503AndOneDeclaredTooLarge413() throws Exception {
        proxy = proxyHolding(10_000);
        try (Socket holding = slowPut(9_000)) {
            SlowPosts.send(holding, new byte[7_999]);
            // the bytes are held once they arrive: wait for that, not for a time
            assertThat(SlowPosts.awaitHeld(proxy::held, 8_000)).isEqualTo(8_000);
            try (Socket second = slowPut(3_000)) {
                SlowPosts.send(second, new byte[2_500]);
                assertThat(SlowPosts.statusLine(second)).isEqualTo("HTTP/1.1 503 Service Unavailable");
                assertThat(SlowPosts.rest(second, 2000)).contains("\"type\":\"urn:thidua:problem:busy\"");
            }
            SlowPosts.send(holding, new byte[1_000]);
            assertThat(SlowPosts.statusLine(holding)).isEqualTo("HTTP/1.1 200 OK");
        }
        assertThat(proxy.held()).isZero();

        try (Socket tooLarge = slowPut(ApiProxy.MAX_BODY + 1)) {
            // answered at once, before a byte more is sent
            assertThat(SlowPosts.statusLine(tooLarge)).isEqualTo("HTTP/1.1 413 Payload Too Large");
            assertThat(SlowPosts.rest(tooLarge, 2000)).contains("\"type\":\"urn:thidua:problem:body-too-large\"");
        }
    }

    @Test
    void theApisUnauthorizedSignsTheUserOutWhateverTheMethod() throws Exception {
        HttpResponse<String> read = send(HttpRequest.newBuilder(jetty.uri("/app/api/revoked")).GET());
        HttpResponse<String> write = send(HttpRequest.newBuilder(jetty.uri("/app/api/revoked"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(read.statusCode()).isEqualTo(401);
        assertThat(read.body()).isEqualTo("signed out");
        assertThat(read.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(write.body()).isEqualTo("signed out");
    }
}
