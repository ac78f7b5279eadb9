package vn.thidua.rest.internal.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.thidua.jetty.body.BodyCollector;
import vn.thidua.jetty.body.LoopbackJetty;
import vn.thidua.jetty.body.SlowPosts;

/**
 * Bodies read in a real Jetty whose pool has 12 threads, so that a few dozen slow bodies would take
 * them all if reading one held a thread; the servlet answers what it read, as the API would.
 */
class BodyReadsTest {

    private static final long LIMIT = 64 * 1024;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final BodyReads reads = new BodyReads();
    private final AtomicReference<BodyCollector.Limits> limits = new AtomicReference<>(
            new BodyCollector.Limits(LIMIT, 1024 * 1024, Duration.ofSeconds(2)));
    private LoopbackJetty jetty;

    /** Answers the body it was given, as text, or the problem it was refused with. */
    private final class Echo extends HttpServlet {
        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            try {
                reads.read(new NoRealPaths(request), limits.get(), withBody -> {
                    if (!(withBody instanceof BodyReads.ReadBody)) {
                        response.setStatus(200);
                        response.getOutputStream().write("passed on unread".getBytes(UTF_8));
                        return;
                    }
                    byte[] body = withBody.getInputStream().readAllBytes();
                    response.setStatus(200);
                    response.setContentType("text/plain; charset=utf-8");
                    response.setHeader("X-Paths", withBody.getContextPath() + " " + withBody.getServletPath() + " "
                            + withBody.getPathInfo());
                    response.getOutputStream().write(("read " + body.length + ": ").getBytes(UTF_8));
                    response.getOutputStream().write(body, 0, Math.min(body.length, 200));
                }, (status, problem) -> {
                    response.setStatus(status);
                    response.getOutputStream().write(problem.detail().getBytes(UTF_8));
                });
            } catch (javax.servlet.ServletException e) {
                throw new IOException(e);
            }
        }
    }

    /**
     * pax-web answers getPathTranslated by looking for a file of the bundle (a MalformedURLException
     * and a resource lookup, on every request): the API never needs it, so the reading must not ask.
     */
    private static final class NoRealPaths extends HttpServletRequestWrapper {
        NoRealPaths(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getPathTranslated() {
            throw new AssertionError("getPathTranslated asked");
        }
    }

    @BeforeEach
    void start() throws Exception {
        jetty = LoopbackJetty.serving("/api", "/v1/*", new Echo());
    }

    @AfterEach
    void stop() throws Exception {
        jetty.close();
    }

    private HttpResponse<String> post(HttpRequest.BodyPublisher body) throws Exception {
        return client.send(HttpRequest.newBuilder(jetty.uri("/api/v1/plans/validation"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json").POST(body).build(),
                HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    /** A connection that sends the head of a post and the first byte of its body, and no more. */
    private Socket slowPost(long contentLength) throws IOException {
        return slowPost(contentLength, "application/json");
    }

    private Socket slowPost(long contentLength, String contentType) throws IOException {
        return SlowPosts.open(jetty.port(), "/api/v1/plans/validation", contentType, contentLength, "{");
    }

    @Test
    void theWholeBodyReachesTheApiByteForByte() throws Exception {
        String plan = "{\"title\":\"Kế hoạch phát động phong trào thi đua năm 2027\",\"padding\":\"" + "đ".repeat(20_000) + "\"}";

        HttpResponse<String> declared = post(HttpRequest.BodyPublishers.ofString(plan, UTF_8));
        HttpResponse<String> chunked = post(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(plan.getBytes(UTF_8))));

        int bytes = plan.getBytes(UTF_8).length;
        assertThat(declared.statusCode()).isEqualTo(200);
        assertThat(declared.body()).startsWith("read " + bytes + ": {\"title\":\"Kế hoạch phát động phong trào thi đua năm 2027\"");
        assertThat(chunked.statusCode()).isEqualTo(200);
        assertThat(chunked.body()).isEqualTo(declared.body());
        // where the request is, as it was dispatched: the API finds its resource by it
        assertThat(declared.headers().firstValue("X-Paths")).hasValue("/api /v1 /plans/validation");
        assertThat(chunked.headers().firstValue("X-Paths")).hasValue("/api /v1 /plans/validation");
        assertThat(reads.held()).isZero();
    }

    @Test
    void slowBodiesHoldNoThreadAndAreAnswered408() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            // three times the pool: read the blocking way, these would leave no thread for the post below
            for (int i = 0; i < 36; i++) {
                slow.add(slowPost(1000));
            }

            HttpResponse<String> meanwhile = post(HttpRequest.BodyPublishers.ofString("{\"year\":2027}"));

            assertThat(meanwhile.statusCode()).isEqualTo(200);
            assertThat(meanwhile.body()).isEqualTo("read 13: {\"year\":2027}");
            for (Socket socket : slow) {
                assertThat(SlowPosts.statusLine(socket)).isEqualTo("HTTP/1.1 408 Request Timeout");
            }
            assertThat(reads.held()).isZero();
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void aChunkedBodyPastTheLimitIsRefused413AndADeclaredOneIsLeftToTheApi() throws Exception {
        HttpResponse<String> chunked = post(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(new byte[(int) LIMIT + 1])));

        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).isEqualTo("The body is larger than the limit of " + LIMIT + " bytes");

        // Declared too large: not read here but passed on as it is; the API refuses it by its Content-Length.
        try (Socket declared = slowPost(LIMIT + 1)) {
            assertThat(SlowPosts.statusLine(declared)).isEqualTo("HTTP/1.1 200 OK");
            assertThat(new String(declared.getInputStream().readNBytes(400), UTF_8)).endsWith("passed on unread");
        }
        assertThat(reads.held()).isZero();
    }

    @Test
    void aBodyOfATypeTheApiDoesNotReadIsPassedOnUnreadForItsEarlyAnswer() throws Exception {
        for (String type : new String[] { "text/plain", "application/octet-stream", "application/x-www-form-urlencoded" }) {
            try (Socket socket = slowPost(1000, type)) {
                assertThat(SlowPosts.statusLine(socket)).isEqualTo("HTTP/1.1 200 OK");
                assertThat(new String(socket.getInputStream().readNBytes(400), UTF_8)).endsWith("passed on unread");
            }
        }
    }

    @Test
    void theTypesTheApiReadsAreJsonYamlAndMultipart() {
        assertThat(BodyReads.readByTheApi("application/json; charset=UTF-8")).isTrue();
        assertThat(BodyReads.readByTheApi("Application/Merge-Patch+JSON")).isTrue();
        assertThat(BodyReads.readByTheApi("application/yaml")).isTrue();
        assertThat(BodyReads.readByTheApi("text/x-yaml")).isTrue();
        assertThat(BodyReads.readByTheApi("multipart/form-data; boundary=x")).isTrue();
        assertThat(BodyReads.readByTheApi(null)).isFalse();
        assertThat(BodyReads.readByTheApi("text/plain")).isFalse();
        assertThat(BodyReads.readByTheApi("text/json")).isFalse();
    }
}
