package vn.thidua.web.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.thidua.jetty.body.LoopbackJetty;
import vn.thidua.jetty.body.SlowPosts;

/**
 * Forms read in a real Jetty whose pool has 12 threads, so that a few dozen slow posts would take
 * them all if a read held one.
 */
class SignInFormTest {

    private static final int LIMIT = 256;
    private static final Duration WITHIN = Duration.ofSeconds(2);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final SignInForm form = new SignInForm(LIMIT, WITHIN);
    private LoopbackJetty jetty;

    /** Answers the fields it was given, sorted, or the status it refused with. */
    private final class FormEcho extends HttpServlet {
        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            form.read(request, fields -> {
                response.setStatus(200);
                response.getOutputStream().write(new TreeMap<>(fields).toString().getBytes(UTF_8));
            }, status -> {
                response.setStatus(status);
                response.getOutputStream().write(("refused " + status).getBytes(UTF_8));
            });
        }
    }

    @BeforeEach
    void start() throws Exception {
        jetty = LoopbackJetty.serving("", "/login", new FormEcho());
    }

    @AfterEach
    void stop() throws Exception {
        jetty.close();
    }

    private HttpResponse<String> post(String type, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(jetty.uri("/login"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body, UTF_8)).build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    /** A connection that sends the head of a post and the first byte of its body, and no more. */
    private Socket slowPost(int contentLength) throws IOException {
        return SlowPosts.open(jetty.port(), "/login", SignInForm.FORM_TYPE, contentLength, "u");
    }

    @Test
    void aFormIsReadWithItsVietnameseAndEscapesDecoded() throws Exception {
        HttpResponse<String> answer = post(SignInForm.FORM_TYPE + "; charset=UTF-8",
                "username=nguy%E1%BB%85n+v%C4%83n+%C4%91%E1%BB%A9c&password=p%26ss%3D1+%2B&username=second");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{password=p&ss=1 +, username=nguyễn văn đức}");
    }

    @Test
    void slowFormsHoldNoThreadAndAreAnswered408() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            // three times the pool: read the blocking way, these would leave no thread for the post below
            for (int i = 0; i < 3 * LoopbackJetty.THREADS; i++) {
                slow.add(slowPost(100));
            }

            HttpResponse<String> meanwhile = post(SignInForm.FORM_TYPE, "username=a&password=b");

            assertThat(meanwhile.statusCode()).isEqualTo(200);
            assertThat(meanwhile.body()).isEqualTo("{password=b, username=a}");
            for (Socket socket : slow) {
                assertThat(SlowPosts.statusLine(socket)).isEqualTo("HTTP/1.1 408 Request Timeout");
            }
            assertThat(form.held()).isZero();
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void aFormLargerThanTheLimitIsRefused413() throws Exception {
        // declared: refused before a byte of it is read
        try (Socket declared = slowPost(LIMIT + 1)) {
            assertThat(SlowPosts.statusLine(declared)).isEqualTo("HTTP/1.1 413 Payload Too Large");
        }
        // chunked, no length said: refused once the limit is passed
        HttpResponse<String> chunked = client.send(HttpRequest.newBuilder(jetty.uri("/login"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", SignInForm.FORM_TYPE)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        ("username=" + "x".repeat(LIMIT)).getBytes(UTF_8)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
    }

    @Test
    void aBodyThatIsNotAFormIsNotReadAndGivesNoFields() throws Exception {
        HttpResponse<String> answer = post("application/json", "{\"username\":\"a\",\"password\":\"b\"}");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{}");
    }

    @Test
    void aBrokenEscapeIsRefused400() throws Exception {
        HttpResponse<String> answer = post(SignInForm.FORM_TYPE, "username=%E1%Zz&password=b");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).isEqualTo("refused 400");
    }

    @Test
    void fieldsTakeTheFirstValueOfANameAndAnEmptyValueForANameAlone() {
        assertThat(SignInForm.fields("a=1&b&&a=2&c=")).isEqualTo(Map.of("a", "1", "b", "", "c", ""));
        assertThat(SignInForm.fields("")).isEmpty();
    }
}
