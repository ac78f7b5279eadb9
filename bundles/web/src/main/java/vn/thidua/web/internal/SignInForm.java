package vn.thidua.web.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.servlet.AsyncContext;
import javax.servlet.AsyncEvent;
import javax.servlet.AsyncListener;
import javax.servlet.ReadListener;
import javax.servlet.ServletInputStream;
import javax.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sign-in form's body, read without a thread waiting for it. Anyone may post to {@code /login}:
 * read the blocking way ({@code getParameter}), each post whose bytes trickle in held one of the
 * server's threads for as long as the client liked, and a few hundred such posts left none for
 * anybody (health and signed-in users included). Here the servlet's non-blocking read (Servlet 3.1)
 * collects the bytes as they arrive, on no thread in between; a body over the limit is refused
 * with 413 as soon as it is, one not all there within the time with 408, and only a complete form
 * goes on to the sign-in.
 */
final class SignInForm {

    private static final Logger LOG = LoggerFactory.getLogger(SignInForm.class);
    static final String FORM_TYPE = "application/x-www-form-urlencoded";

    /** What follows a complete form (its fields, the first value of each name). */
    interface Then {
        void signIn(Map<String, String> fields) throws IOException;
    }

    /** What answers a form that is refused: 400 (not a form), 408 (too slow) or 413 (too large). */
    interface Refuse {
        void refuse(int status) throws IOException;
    }

    private SignInForm() {
    }

    /**
     * Reads the form of this request, then calls {@code then} or {@code refuse} once, on a thread of
     * the server, and completes the request. A body that is not a url-encoded form is not read.
     */
    static void read(HttpServletRequest request, int limit, Duration within, Then then, Refuse refuse) throws IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith(FORM_TYPE)) {
            then.signIn(Map.of());
            return;
        }
        if (request.getContentLengthLong() > limit) {
            refuse.refuse(413);
            return;
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(Math.max(1, within.toMillis()));
        ServletInputStream in = request.getInputStream();
        Reading reading = new Reading(async, in, limit, then, refuse);
        async.addListener(reading);
        in.setReadListener(reading);
    }

    /** The fields of a url-encoded form in UTF-8; the first value of a name repeated. */
    static Map<String, String> fields(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), UTF_8);
            fields.putIfAbsent(name, value);
        }
        return fields;
    }

    private static final class Reading implements ReadListener, AsyncListener {

        private final AsyncContext async;
        private final ServletInputStream in;
        private final int limit;
        private final Then then;
        private final Refuse refuse;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final byte[] chunk = new byte[1024];
        /** Set by whichever answers first: the end of the form, an error, or the time running out. */
        private final AtomicBoolean answered = new AtomicBoolean();

        Reading(AsyncContext async, ServletInputStream in, int limit, Then then, Refuse refuse) {
            this.async = async;
            this.in = in;
            this.limit = limit;
            this.then = then;
            this.refuse = refuse;
        }

        @Override
        public void onDataAvailable() throws IOException {
            // Called again by the server when more has arrived; nothing waits here in between.
            while (!answered.get() && in.isReady()) {
                int n = in.read(chunk);
                if (n < 0) {
                    return;
                }
                body.write(chunk, 0, n);
                if (body.size() > limit) {
                    answer(() -> refuse.refuse(413));
                    return;
                }
            }
        }

        @Override
        public void onAllDataRead() {
            answer(() -> {
                Map<String, String> fields;
                try {
                    fields = fields(body.toString(UTF_8));
                } catch (IllegalArgumentException e) {
                    // a broken %-escape
                    refuse.refuse(400);
                    return;
                }
                then.signIn(fields);
            });
        }

        @Override
        public void onError(Throwable failure) {
            // The client went away, or the server's idle time ran out between two of its bytes.
            answer(() -> refuse.refuse(408));
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            answer(() -> refuse.refuse(408));
        }

        @Override
        public void onError(AsyncEvent event) {
            answer(() -> refuse.refuse(408));
        }

        @Override
        public void onComplete(AsyncEvent event) {
            // nothing held
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // not restarted
        }

        private interface Answer {
            void run() throws IOException;
        }

        private void answer(Answer answer) {
            if (!answered.compareAndSet(false, true)) {
                return;
            }
            try {
                answer.run();
            } catch (IOException | RuntimeException e) {
                LOG.debug("Sign-in: the answer could not be written ({})", e.toString());
            } finally {
                async.complete();
            }
        }
    }
}
