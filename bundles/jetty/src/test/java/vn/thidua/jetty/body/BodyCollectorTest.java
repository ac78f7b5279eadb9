package vn.thidua.jetty.body;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bodies collected in a real Jetty of 12 threads; the servlet answers what it collected or why it refused. */
class BodyCollectorTest {

    private static final long LIMIT = 64 * 1024;
    private static final String PATH = "/in";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final BodyCollector collector = new BodyCollector();
    private final AtomicReference<BodyCollector.Limits> limits = new AtomicReference<>(
            new BodyCollector.Limits(LIMIT, 1024 * 1024, Duration.ofSeconds(2)));
    /** Bodies taken in the dispatch that received them, without going asynchronous. */
    private final AtomicInteger takenAtOnce = new AtomicInteger();
    /** What the collector held when it handed the last body on. */
    private final AtomicLong heldWhenTaken = new AtomicLong(-1);
    private LoopbackJetty jetty;

    private final class Echo extends HttpServlet {
        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
            collector.collect(request, limits.get(), body -> {
                heldWhenTaken.set(collector.held());
                if (!request.isAsyncStarted()) {
                    takenAtOnce.incrementAndGet();
                }
                response.setStatus(200);
                response.setContentType("text/plain; charset=utf-8");
                response.getOutputStream().write(("took " + body.size() + ": ").getBytes(UTF_8));
                response.getOutputStream().write(body.text(UTF_8).substring(0, Math.min(body.text(UTF_8).length(), 100))
                        .getBytes(UTF_8));
            }, why -> {
                response.setStatus(switch (why) {
                    case TOO_LARGE -> 413;
                    case TOO_SLOW -> 408;
                    case BUSY -> 503;
                });
                response.getOutputStream().write(why.name().getBytes(UTF_8));
            });
        }
    }

    @BeforeEach
    void start() throws Exception {
        jetty = LoopbackJetty.serving("", PATH, new Echo());
    }

    @AfterEach
    void stop() throws Exception {
        jetty.close();
    }

    private HttpResponse<String> post(HttpRequest.BodyPublisher body) throws Exception {
        return client.send(HttpRequest.newBuilder(jetty.uri(PATH)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(body).build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    private Socket slowPost(long contentLength) throws IOException {
        return SlowPosts.open(jetty.port(), PATH, "application/json", contentLength, "{");
    }

    @Test
    void bodiesArriveByteForByteDeclaredOrChunked() throws Exception {
        String plan = "{\"title\":\"Kế hoạch phát động phong trào thi đua năm 2027\",\"padding\":\"" + "đ".repeat(20_000) + "\"}";

        HttpResponse<String> declared = post(HttpRequest.BodyPublishers.ofString(plan, UTF_8));
        HttpResponse<String> chunked = post(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(plan.getBytes(UTF_8))));

        int bytes = plan.getBytes(UTF_8).length;
        assertThat(declared.statusCode()).isEqualTo(200);
        assertThat(declared.body()).isEqualTo("took " + bytes + ": " + plan.substring(0, 100));
        assertThat(chunked.statusCode()).isEqualTo(200);
        assertThat(chunked.body()).isEqualTo(declared.body());
        assertThat(collector.held()).isZero();
    }

    @Test
    void aBodySentWithItsHeadIsTakenInTheSameDispatch() throws Exception {
        // head and body in one write: all of it is in the server's buffer when the servlet asks
        try (Socket whole = SlowPosts.open(jetty.port(), PATH, "application/json", 26, "{\"tên\":\"Sở Nội vụ\"}")) {
            assertThat(SlowPosts.statusLine(whole)).isEqualTo("HTTP/1.1 200 OK");
            assertThat(SlowPosts.rest(whole, 400)).endsWith("took 26: {\"tên\":\"Sở Nội vụ\"}");
        }
        assertThat(takenAtOnce.get()).isEqualTo(1);
    }

    @Test
    void anEmptyBodyIsTakenAsEmpty() throws Exception {
        HttpResponse<String> empty = post(HttpRequest.BodyPublishers.noBody());

        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).isEqualTo("took 0: ");
    }

    @Test
    void slowBodiesHoldNoThreadAndAreRefusedTooSlow() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            // three times the pool: read the blocking way, these would leave no thread for the post below
            for (int i = 0; i < 3 * LoopbackJetty.THREADS; i++) {
                slow.add(slowPost(1000));
            }

            HttpResponse<String> meanwhile = post(HttpRequest.BodyPublishers.ofString("{\"year\":2027}"));

            assertThat(meanwhile.statusCode()).isEqualTo(200);
            assertThat(meanwhile.body()).isEqualTo("took 13: {\"year\":2027}");
            for (Socket socket : slow) {
                assertThat(SlowPosts.statusLine(socket)).isEqualTo("HTTP/1.1 408 Request Timeout");
                assertThat(SlowPosts.rest(socket, 400)).endsWith("TOO_SLOW");
            }
            assertThat(collector.held()).isZero();
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void aBodyPastTheLimitIsRefusedTooLargeAndOneDeclaredSoBeforeAByteIsRead() throws Exception {
        HttpResponse<String> chunked = post(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(new byte[(int) LIMIT + 1])));
        HttpResponse<String> exactly = post(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(new byte[(int) LIMIT])));

        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).isEqualTo("TOO_LARGE");
        assertThat(exactly.statusCode()).isEqualTo(200);
        assertThat(exactly.body()).startsWith("took " + LIMIT + ": ");
        try (Socket declared = slowPost(LIMIT + 1)) {
            // answered at once: nothing more of the body was sent
            assertThat(SlowPosts.statusLine(declared)).isEqualTo("HTTP/1.1 413 Payload Too Large");
        }
        assertThat(collector.held()).isZero();
    }

    @Test
    void bodiesPastTheBytesHeldAtOnceAreRefusedBusyAndTheBytesAreGivenBack() throws Exception {
        limits.set(new BodyCollector.Limits(LIMIT, 10_000, Duration.ofSeconds(5)));
        try (Socket holding = slowPost(9_000)) {
            SlowPosts.send(holding, new byte[7_999]);
            // the bytes are held once they arrive: wait for that, not for a time
            assertThat(SlowPosts.awaitHeld(collector::held, 8_000)).isEqualTo(8_000);

            // A body that waits too would pass the 10,000 held at once (one sent whole is taken at once, held by nobody).
            try (Socket second = slowPost(3_000)) {
                SlowPosts.send(second, new byte[2_500]);
                assertThat(SlowPosts.statusLine(second)).isEqualTo("HTTP/1.1 503 Service Unavailable");
            }
            assertThat(collector.held()).isEqualTo(8_000);
            assertThat(post(HttpRequest.BodyPublishers.ofByteArray(new byte[3_000])).statusCode()).isEqualTo(200);

            SlowPosts.send(holding, new byte[1_000]);
            assertThat(SlowPosts.statusLine(holding)).isEqualTo("HTTP/1.1 200 OK");
        }
        assertThat(collector.held()).isZero();
    }

    @Test
    void aBodysBytesAreGivenBackBeforeItIsHandedOn() throws Exception {
        try (Socket slow = slowPost(9_000)) {
            SlowPosts.send(slow, new byte[5_000]);
            // the bytes are held once they arrive: wait for that, not for a time
            assertThat(SlowPosts.awaitHeld(collector::held, 5_001)).isEqualTo(5_001);

            SlowPosts.send(slow, new byte[3_999]);

            assertThat(SlowPosts.statusLine(slow)).isEqualTo("HTTP/1.1 200 OK");
            // whoever has the answer finds the bytes given back: nothing to wait for
            assertThat(heldWhenTaken.get()).isZero();
            assertThat(collector.held()).isZero();
        }
    }

    @Test
    void roomIsMadeForWhatArrivesNotForWhatIsAnnounced() {
        BodyCollector.Room chunked = new BodyCollector.Room(1_000_000, 16 * 1024);
        assertThat(chunked.room()).hasSize(16 * 1024);
        chunked.size = 16 * 1024;
        assertThat(chunked.room()).hasSize(32 * 1024);
        chunked.size = 32 * 1024;
        assertThat(chunked.free()).isZero();
        assertThat(chunked.room()).hasSize(64 * 1024);

        BodyCollector.Room small = new BodyCollector.Room(100, 64 * 1024);
        assertThat(small.room()).hasSize(100);
        small.size = 100;
        assertThat(small.room()).hasSize(100);
        assertThat(small.free()).isZero();
    }

    @Test
    void aDeclaredBodyThatHasNotArrivedGivesBackTheRoomPastWhatDid() {
        BodyCollector.Room announced = new BodyCollector.Room(60_000, 64 * 1024);
        assertThat(announced.room()).hasSize(60_000);
        announced.size = 10;

        announced.trim();

        assertThat(announced.bytes).hasSize(16 * 1024);
        BodyCollector.Room mostlyHere = new BodyCollector.Room(60_000, 64 * 1024);
        mostlyHere.size = 40_000;
        mostlyHere.trim();
        assertThat(mostlyHere.bytes).hasSize(40_000);
        assertThat(mostlyHere.room()).hasSize(60_000);
    }

    @Test
    void aDeclaredBodySentWholeIsReadIntoOneArrayOfItsLength() throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        AtomicLong allocated = new AtomicLong();
        AtomicInteger room = new AtomicInteger();
        AtomicBoolean inTheDispatch = new AtomicBoolean();
        jetty.close();
        jetty = LoopbackJetty.serving("", PATH, new HttpServlet() {
            @Override
            protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
                AtomicBoolean collecting = new AtomicBoolean(true);
                long before = threads.getCurrentThreadAllocatedBytes();
                collector.collect(request, limits.get(), body -> {
                    // taken in this dispatch, so on this thread: what collecting the body allocated
                    inTheDispatch.set(collecting.get());
                    allocated.set(threads.getCurrentThreadAllocatedBytes() - before);
                    room.set(body.room());
                    response.setStatus(200);
                    response.getOutputStream().write(("took " + body.size()).getBytes(UTF_8));
                }, why -> response.setStatus(500));
                collecting.set(false);
            }
        });
        String plan = "{\"title\":\"Kế hoạch thi đua năm 2027\",\"padding\":\"" + "ư".repeat(17_000) + "\"}";
        int bytes = plan.getBytes(UTF_8).length;

        for (int i = 0; i < 3; i++) {
            // head and body in one write: all of it is here at the first read, as the test's name says (an HTTP
            // client may send the body after the head, and on a busy machine it then arrives after the dispatch)
            try (Socket whole = SlowPosts.open(jetty.port(), PATH, "application/json", bytes, plan)) {
                assertThat(SlowPosts.statusLine(whole)).isEqualTo("HTTP/1.1 200 OK");
                assertThat(SlowPosts.rest(whole, 64 * 1024)).endsWith("took " + bytes);
            }
        }

        assertThat(inTheDispatch).as("the body was not all there at the dispatch").isTrue();
        assertThat(room.get()).isEqualTo(bytes);
        // 34 KB in one array, not arrays of 16, 32 and 34 KB grown and copied in turn (82 KB)
        assertThat(allocated.get()).isBetween((long) bytes, bytes + 8_000L);
    }
}
