package vn.thidua.rest.internal.http;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.servlet.AsyncContext;
import javax.servlet.AsyncEvent;
import javax.servlet.AsyncListener;
import javax.servlet.ReadListener;
import javax.servlet.ServletException;
import javax.servlet.ServletInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.thidua.rest.internal.problem.Problem;

/**
 * Request bodies read before the API sees them, as their bytes arrive and on no thread in between
 * (the servlet's non-blocking read). Jersey reads a body the blocking way: a request whose body
 * trickles in held one of the server's threads for as long as its client liked, and a few hundred
 * of them left no thread for anybody, health included. Here a body is collected as it comes; the
 * request goes on to the API, on one of the server's threads, only when the whole body is here.
 *
 * <p>Bounded three ways: each body by the body limit (413 as soon as it passes it), the time a body
 * may take to arrive (408), and the bytes of all bodies held at once while they arrive (503 to a
 * body that would pass it; only bytes that arrived count, so holding much takes sending much).
 */
public final class BodyReads {

    private static final Logger LOG = LoggerFactory.getLogger(BodyReads.class);
    private static final int CHUNK = 16 * 1024;
    /** The most one array holds; a body limit configured above it reads larger bodies the blocking way. */
    private static final long MAX_IN_MEMORY = Integer.MAX_VALUE - 16;

    /** What serves the request once its body is here. */
    public interface Then {
        void serve(HttpServletRequest withBody) throws IOException, ServletException;
    }

    /** What answers a request whose body is refused, with its status and problem. */
    public interface Refuse {
        void refuse(int status, Problem problem) throws IOException;
    }

    /** The limits, read at each request (the configuration may change). */
    public record Limits(long bodyBytes, long heldBytes, Duration within) {
    }

    private final AtomicLong held = new AtomicLong();

    /** Bytes of bodies being read now, all requests together. */
    public long held() {
        return held.get();
    }

    /**
     * Reads the body of this request, then calls {@code then} or {@code refuse} once, on a thread of the
     * server, and completes the request. A body declared larger than the limit is not read: {@code then}
     * gets the request as it is, and the API refuses it by its Content-Length.
     */
    public void read(HttpServletRequest request, Limits limits, Then then, Refuse refuse) throws IOException, ServletException {
        long declared = UnreadBodies.declaredLength(request::getHeader);
        boolean chunked = request.getHeader("Transfer-Encoding") != null;
        if (declared == 0 || declared > limits.bodyBytes() || declared > MAX_IN_MEMORY || declared < 0 && !chunked
                || !readByTheApi(request.getContentType())) {
            // Nothing to read, or a body the API refuses without reading it (by its length, its type): as it is.
            then.serve(request);
            return;
        }
        // Taken now: once this dispatch returns, the server no longer says which servlet and path the request is at.
        Paths paths = new Paths(request.getContextPath(), request.getServletPath(), request.getPathInfo(),
                request.getPathTranslated());
        ServletInputStream in = request.getInputStream();
        // Room for what arrives, never for what is only announced: declared, at most that much (the server ends the body there).
        Collected body = new Collected(declared > 0 ? declared : Math.min(limits.bodyBytes(), MAX_IN_MEMORY) + 1);
        if (declared > 0) {
            // Most bodies are all here already, sent with the head: read what arrived, which never waits, and serve at once.
            int ready;
            while (body.size < declared && (ready = in.available()) > 0) {
                int n = in.read(body.room(), body.size, Math.min(ready, body.free()));
                if (n < 0) {
                    break;
                }
                body.size += n;
            }
            if (body.size == declared) {
                then.serve(new ReadBody(request, paths, body.bytes, body.size));
                return;
            }
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(Math.max(1, limits.within().toMillis()));
        Reading reading = new Reading(request, paths, async, in, body, limits, then, refuse);
        if (reading.holdsTooMuch()) {
            reading.answer(() -> refuse.refuse(503, busy()));
            return;
        }
        async.addListener(reading);
        in.setReadListener(reading);
    }

    /** The media types the API reads a body of: JSON, YAML (rule-pack descriptors), multipart (uploads). */
    private static final Set<String> READ_TYPES = Set.of("application/json", "application/problem+json", "application/yaml",
            "application/x-yaml", "text/yaml", "text/x-yaml", "multipart/form-data");

    /**
     * Whether the API reads a body of this type; one of another type it answers 415 (or 400) without
     * reading, at once, and that answer must not wait for a body nobody will read.
     */
    static boolean readByTheApi(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return READ_TYPES.contains(type) || type.startsWith("application/") && type.endsWith("+json");
    }

    static Problem tooSlow(Duration within) {
        // The type Jersey's own 408 has (ProblemMapper), so that a client sees one kind of timeout.
        return Problem.of("request-timeout", "Request timeout", 408, "The body did not arrive whole within " + within.toSeconds()
                + " s, or stopped coming; send it again");
    }

    static Problem busy() {
        return Problem.of("busy", "Busy", 503, "The server holds as many request bodies as it takes while they arrive;"
                + " try again shortly");
    }

    /** The bytes of a body so far, in an array grown as they come (doubled), up to a most. */
    static final class Collected {
        private final long most;
        byte[] bytes;
        int size;

        Collected(long most) {
            this.most = most;
            this.bytes = new byte[(int) Math.min(most, CHUNK)];
        }

        /** The array, with room after {@link #size} (grown when full and the most allows). */
        byte[] room() {
            if (size == bytes.length && bytes.length < most) {
                bytes = Arrays.copyOf(bytes, (int) Math.min((long) bytes.length * 2, most));
            }
            return bytes;
        }

        int free() {
            return bytes.length - size;
        }
    }

    /** Where the request is, as the server said while dispatching it. */
    record Paths(String contextPath, String servletPath, String pathInfo, String pathTranslated) {
    }

    private final class Reading implements ReadListener, AsyncListener {

        private final HttpServletRequest request;
        private final Paths paths;
        private final AsyncContext async;
        private final ServletInputStream in;
        private final Limits limits;
        private final Then then;
        private final Refuse refuse;
        private Collected body;
        /** Set by whichever answers first: the end of the body, a refusal, an error, the time running out. */
        private final AtomicBoolean answered = new AtomicBoolean();
        /** What this request adds to {@link #held}; given back when it is answered. */
        private long counted;

        Reading(HttpServletRequest request, Paths paths, AsyncContext async, ServletInputStream in, Collected body,
                Limits limits, Then then, Refuse refuse) {
            this.request = request;
            this.paths = paths;
            this.async = async;
            this.in = in;
            this.body = body;
            this.limits = limits;
            this.then = then;
            this.refuse = refuse;
            this.counted = body.size;
            held.addAndGet(body.size);
        }

        /** Whether the bytes held, this body's with all others', are past what may be held. */
        boolean holdsTooMuch() {
            return held.get() > limits.heldBytes();
        }

        @Override
        public synchronized void onDataAvailable() throws IOException {
            // Called again by the server when more has arrived; nothing waits here in between.
            while (!answered.get() && in.isReady()) {
                byte[] room = body.room();
                if (body.free() == 0) {
                    // Full at its most: what comes now is the end of the body, or a byte past the limit.
                    if (in.read() < 0) {
                        return;
                    }
                    tooLarge();
                    return;
                }
                int n = in.read(room, body.size, Math.min(CHUNK, body.free()));
                if (n < 0) {
                    return;
                }
                body.size += n;
                counted += n;
                if (held.addAndGet(n) > limits.heldBytes()) {
                    answer(() -> refuse.refuse(503, busy()));
                    return;
                }
                if (body.size > limits.bodyBytes()) {
                    tooLarge();
                    return;
                }
            }
        }

        @Override
        public void onAllDataRead() {
            answer(() -> then.serve(new ReadBody(request, paths, body.bytes, body.size)));
        }

        @Override
        public void onError(Throwable failure) {
            // The server's idle time ran out between two bytes, or the client went away (then nobody reads the answer).
            tooSlow();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            tooSlow();
        }

        @Override
        public void onError(AsyncEvent event) {
            tooSlow();
        }

        @Override
        public void onComplete(AsyncEvent event) {
            // given back in answer()
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // not restarted
        }

        private void tooLarge() {
            answer(() -> refuse.refuse(413, BodyLimitFilter.tooLarge(limits.bodyBytes()).problem()));
        }

        private void tooSlow() {
            answer(() -> refuse.refuse(408, BodyReads.tooSlow(limits.within())));
        }

        private interface Answer {
            void run() throws IOException, ServletException;
        }

        void answer(Answer answer) {
            if (!answered.compareAndSet(false, true)) {
                return;
            }
            try {
                answer.run();
            } catch (IOException | ServletException | RuntimeException e) {
                LOG.debug("An answer after reading a body could not be written ({})", e.toString());
            } finally {
                synchronized (this) {
                    held.addAndGet(-counted);
                    counted = 0;
                    body = null;
                }
                async.complete();
            }
        }
    }

    /** The request with its body read, at the paths it was dispatched to: the API reads the body from memory. */
    static final class ReadBody extends HttpServletRequestWrapper {

        private final Paths paths;
        private final byte[] body;
        private final int size;
        private ServletInputStream stream;

        ReadBody(HttpServletRequest request, Paths paths, byte[] body, int size) {
            super(request);
            this.paths = paths;
            this.body = body;
            this.size = size;
        }

        @Override
        public String getContextPath() {
            return paths.contextPath();
        }

        @Override
        public String getServletPath() {
            return paths.servletPath();
        }

        @Override
        public String getPathInfo() {
            return paths.pathInfo();
        }

        @Override
        public String getPathTranslated() {
            return paths.pathTranslated();
        }

        @Override
        public synchronized ServletInputStream getInputStream() {
            if (stream == null) {
                stream = new BodyStream(new ByteArrayInputStream(body, 0, size));
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() {
            Charset charset;
            try {
                charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
            } catch (IllegalArgumentException e) {
                charset = StandardCharsets.UTF_8;
            }
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class BodyStream extends ServletInputStream {

        private final ByteArrayInputStream bytes;

        BodyStream(ByteArrayInputStream bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return bytes.read(b, off, len);
        }

        @Override
        public int available() {
            return bytes.available();
        }

        @Override
        public boolean isFinished() {
            return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            try {
                if (!isFinished()) {
                    listener.onDataAvailable();
                }
                listener.onAllDataRead();
            } catch (IOException e) {
                listener.onError(e);
            }
        }
    }
}
