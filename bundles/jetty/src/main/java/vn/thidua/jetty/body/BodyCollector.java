package vn.thidua.jetty.body;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.servlet.AsyncContext;
import javax.servlet.AsyncEvent;
import javax.servlet.AsyncListener;
import javax.servlet.ReadListener;
import javax.servlet.ServletException;
import javax.servlet.ServletInputStream;
import javax.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects request bodies as their bytes arrive, on no thread in between. Read the blocking way
 * ({@code getInputStream().read}, {@code getParameter}, Jersey's entity reading), a request whose
 * body trickles in holds one of the server's threads for as long as its client likes, and a few
 * hundred of them leave no thread for anybody. Here the servlet's non-blocking read (Servlet 3.1,
 * the servlet registered with {@code asyncSupported}) collects the bytes as they come, and the
 * request goes on, on one of the server's threads, only when its whole body is here.
 *
 * <p>A body sent with its head (nearly all of them) is read at once from what has arrived, which
 * never waits, and handed on in the same dispatch. Any other is bounded three ways: its size
 * ({@link Refusal#TOO_LARGE} as soon as it passes the limit, at once when its Content-Length
 * does), the time it may take to arrive ({@link Refusal#TOO_SLOW}), and the bytes all bodies of
 * this collector hold while they arrive ({@link Refusal#BUSY}; only bytes that arrived count, and
 * room is made for what arrives, never for what is only announced, so holding much takes sending
 * much). A body that declares its length, up to 64 KiB, is read into one array of that length;
 * when it has not all arrived with the head, the room past what did is given back before waiting.
 */
public final class BodyCollector {

    private static final Logger LOG = LoggerFactory.getLogger(BodyCollector.class);
    private static final int CHUNK = 16 * 1024;
    /**
     * The first array of a body whose length is declared: the whole body up to this size, so that a
     * body sent with its head (a plan of 20 to 40 KB) is read into one array of its size, not grown
     * three times. Small enough that announcing it costs no more than a cheap request.
     */
    private static final int FIRST_DECLARED = 64 * 1024;
    /** The most one array holds: the largest body any limit lets through. */
    public static final long MOST_IN_MEMORY = Integer.MAX_VALUE - 16;

    /** Why a body was not taken. */
    public enum Refusal {
        /** Larger than the body limit. */
        TOO_LARGE,
        /** Not whole within the time, or the client stopped sending (or went away). */
        TOO_SLOW,
        /** The bodies arriving hold as many bytes as this collector takes at once. */
        BUSY
    }

    /** What goes on with the whole body. */
    public interface Whole {
        void take(Body body) throws IOException, ServletException;
    }

    /** What answers a request whose body was refused. */
    public interface Refused {
        void refuse(Refusal why) throws IOException, ServletException;
    }

    /**
     * The bounds of one read: the body's bytes, the bytes of all bodies arriving at once (this
     * collector's), and the time for the whole body to arrive. Given at each read (configurations change).
     */
    public record Limits(long bodyBytes, long heldBytes, Duration within) {
    }

    private final AtomicLong held = new AtomicLong();

    /** Bytes of the bodies arriving now, all of this collector's requests together. */
    public long held() {
        return held.get();
    }

    /**
     * Collects the body of this request, then calls {@code whole} or {@code refused} once and completes
     * the request: in this dispatch when the body is all here already (or is refused by its
     * Content-Length), else later on a thread of the server. The request's paths (servlet path,
     * path info) are not reported any more once this dispatch has returned: take them before.
     */
    public void collect(HttpServletRequest request, Limits limits, Whole whole, Refused refused) throws IOException, ServletException {
        long declared = request.getContentLengthLong();
        long most = Math.min(limits.bodyBytes(), MOST_IN_MEMORY);
        if (declared > most) {
            refused.refuse(Refusal.TOO_LARGE);
            return;
        }
        if (declared == 0) {
            whole.take(Body.EMPTY);
            return;
        }
        ServletInputStream in = request.getInputStream();
        // At most the declared length (the server ends the body there); room beyond what arrived is given back below.
        Room body = declared > 0 ? new Room(declared, FIRST_DECLARED) : new Room(most + 1, CHUNK);
        if (declared > 0) {
            int ready;
            while (body.size < declared && (ready = in.available()) > 0) {
                int n = in.read(body.room(), body.size, Math.min(ready, body.free()));
                if (n < 0) {
                    break;
                }
                body.size += n;
            }
            if (body.size == declared) {
                whole.take(new Body(body.bytes, body.size));
                return;
            }
        }
        // Waiting for the rest: room for what arrived, never for what is only announced.
        body.trim();
        AsyncContext async = request.startAsync();
        async.setTimeout(Math.max(1, limits.within().toMillis()));
        Reading reading = new Reading(async, in, body, most, limits.heldBytes(), whole, refused);
        if (held.get() > limits.heldBytes()) {
            reading.answer(() -> refused.refuse(Refusal.BUSY));
            return;
        }
        async.addListener(reading);
        in.setReadListener(reading);
    }

    /** The bytes of a body so far, in an array grown as they come (doubled), up to a most. */
    static final class Room {
        private final long most;
        byte[] bytes;
        int size;

        Room(long most, int first) {
            this.most = most;
            this.bytes = new byte[(int) Math.min(most, first)];
        }

        /** Gives back the room past what has arrived, keeping at most one chunk of it. */
        void trim() {
            int keep = (int) Math.max(size, Math.min(most, CHUNK));
            if (bytes.length > keep) {
                bytes = Arrays.copyOf(bytes, keep);
            }
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

    private final class Reading implements ReadListener, AsyncListener {

        private final AsyncContext async;
        private final ServletInputStream in;
        private final long most;
        private final long heldBytes;
        private final Whole whole;
        private final Refused refused;
        private Room body;
        /** Set by whichever answers first: the end of the body, a refusal, an error, the time running out. */
        private final AtomicBoolean answered = new AtomicBoolean();
        /** What this request adds to {@link #held}; given back when it is answered. */
        private long counted;

        Reading(AsyncContext async, ServletInputStream in, Room body, long most, long heldBytes, Whole whole, Refused refused) {
            this.async = async;
            this.in = in;
            this.body = body;
            this.most = most;
            this.heldBytes = heldBytes;
            this.whole = whole;
            this.refused = refused;
            this.counted = body.size;
            held.addAndGet(body.size);
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
                    refuse(Refusal.TOO_LARGE);
                    return;
                }
                int n = in.read(room, body.size, Math.min(CHUNK, body.free()));
                if (n < 0) {
                    return;
                }
                body.size += n;
                counted += n;
                if (held.addAndGet(n) > heldBytes) {
                    refuse(Refusal.BUSY);
                    return;
                }
                if (body.size > most) {
                    refuse(Refusal.TOO_LARGE);
                    return;
                }
            }
        }

        @Override
        public void onAllDataRead() {
            Room all = body;
            answer(() -> whole.take(new Body(all.bytes, all.size)));
        }

        @Override
        public void onError(Throwable failure) {
            // The server's idle time ran out between two bytes, or the client went away (then nobody reads the answer).
            refuse(Refusal.TOO_SLOW);
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            refuse(Refusal.TOO_SLOW);
        }

        @Override
        public void onError(AsyncEvent event) {
            refuse(Refusal.TOO_SLOW);
        }

        @Override
        public void onComplete(AsyncEvent event) {
            // given back in answer()
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // not restarted
        }

        private void refuse(Refusal why) {
            answer(() -> refused.refuse(why));
        }

        private interface Answer {
            void run() throws IOException, ServletException;
        }

        void answer(Answer answer) {
            if (!answered.compareAndSet(false, true)) {
                return;
            }
            // The body arrives no more (whole or refused): its bytes leave the count before the answer
            // is written, so that whoever has the answer finds them given back. The monitor waits for a
            // read under way, which then sees the answer and stops.
            synchronized (this) {
                held.addAndGet(-counted);
                counted = 0;
                body = null;
            }
            try {
                answer.run();
            } catch (IOException | ServletException | RuntimeException e) {
                LOG.debug("An answer after collecting a body could not be written ({})", e.toString());
            } finally {
                async.complete();
            }
        }
    }
}
