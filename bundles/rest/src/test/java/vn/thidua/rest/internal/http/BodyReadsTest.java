package vn.thidua.rest.internal.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bodies read in a real Jetty whose pool has 12 threads, so that a few dozen slow bodies would take
 * them all if reading one held a thread; the servlet answers what it read, as the API would.
 */
class BodyReadsTest {

    private static final long LIMIT = 64 * 1024;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final BodyReads reads = new BodyReads();
    private final AtomicReference<BodyReads.Limits> limits = new AtomicReference<>(
            new BodyReads.Limits(LIMIT, 1024 * 1024, Duration.ofSeconds(2)));
    private Server server;
    private int port;

    /** Answers the body it was given, as text, or the problem it was refused with. */
    private final class Echo extends HttpServlet {
        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            try {
                reads.read(request, limits.get(), withBody -> {
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

    @BeforeEach
    void start() throws Exception {
        server = new Server(new QueuedThreadPool(12, 2));
        ServerConnector connector = new ServerConnector(server, 1, 1);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        ServletHolder echo = new ServletHolder(new Echo());
        echo.setAsyncSupported(true);
        context.setContextPath("/api");
        context.addServlet(echo, "/v1/*");
        server.setHandler(context);
        server.start();
        port = connector.getLocalPort();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    private HttpResponse<String> post(HttpRequest.BodyPublisher body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/plans/validation"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json").POST(body).build(),
                HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    /** A connection that sends the head of a post and the first byte of its body, and no more. */
    private Socket slowPost(long contentLength) throws IOException {
        return slowPost(contentLength, "application/json");
    }

    private Socket slowPost(long contentLength, String contentType) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(15_000);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/v1/plans/validation HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + contentLength + "\r\n\r\n{").getBytes(UTF_8));
        out.flush();
        return socket;
    }

    private static String statusLine(Socket socket) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = socket.getInputStream().read()) >= 0 && b != '\r') {
            line.append((char) b);
        }
        return line.toString();
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
                assertThat(statusLine(socket)).isEqualTo("HTTP/1.1 408 Request Timeout");
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
            assertThat(statusLine(declared)).isEqualTo("HTTP/1.1 200 OK");
            assertThat(new String(declared.getInputStream().readNBytes(400), UTF_8)).endsWith("passed on unread");
        }
        assertThat(reads.held()).isZero();
    }

    @Test
    void waitingBodiesPastTheBytesHeldAtOnceAreRefused503AndTheBytesAreGivenBack() throws Exception {
        limits.set(new BodyReads.Limits(LIMIT, 10_000, Duration.ofSeconds(5)));
        try (Socket holding = slowPost(9_000)) {
            holding.getOutputStream().write(new byte[7_999]);
            holding.getOutputStream().flush();
            // The first 8,000 bytes are held once they arrive; wait for that, not for a time.
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (reads.held() < 8_000 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(reads.held()).isEqualTo(8_000);

            // A body that waits too would pass the 10,000 held at once (one sent whole is served at once, held by nobody).
            try (Socket second = slowPost(3_000)) {
                second.getOutputStream().write(new byte[2_500]);
                second.getOutputStream().flush();
                assertThat(statusLine(second)).isEqualTo("HTTP/1.1 503 Service Unavailable");
            }
            assertThat(reads.held()).isEqualTo(8_000);

            holding.getOutputStream().write(new byte[1_000]);
            holding.getOutputStream().flush();
            assertThat(statusLine(holding)).isEqualTo("HTTP/1.1 200 OK");
        }
        assertThat(reads.held()).isZero();
        assertThat(post(HttpRequest.BodyPublishers.ofByteArray(new byte[3_000])).statusCode()).isEqualTo(200);
    }

    @Test
    void aBodyOfATypeTheApiDoesNotReadIsPassedOnUnreadForItsEarlyAnswer() throws Exception {
        for (String type : new String[] { "text/plain", "application/octet-stream", "application/x-www-form-urlencoded" }) {
            try (Socket socket = slowPost(1000, type)) {
                assertThat(statusLine(socket)).isEqualTo("HTTP/1.1 200 OK");
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

    @Test
    void roomIsMadeForWhatArrivesNotForWhatIsAnnounced() {
        BodyReads.Collected announcedLarge = new BodyReads.Collected(1_000_000);
        assertThat(announcedLarge.room()).hasSize(16 * 1024);
        announcedLarge.size = 16 * 1024;
        assertThat(announcedLarge.room()).hasSize(32 * 1024);
        announcedLarge.size = 32 * 1024;
        assertThat(announcedLarge.free()).isZero();
        assertThat(announcedLarge.room()).hasSize(64 * 1024);

        BodyReads.Collected small = new BodyReads.Collected(100);
        assertThat(small.room()).hasSize(100);
        small.size = 100;
        assertThat(small.room()).hasSize(100);
        assertThat(small.free()).isZero();
    }
}
