package vn.thidua.rest.internal.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;

import vn.thidua.rest.internal.problem.Problem;
import vn.thidua.rest.internal.problem.ProblemException;

/**
 * Refuses a body over the configured limit with 413: at once when Content-Length says so, else as
 * soon as the body read passes it (a chunked upload). Runs after authentication, so anonymous
 * callers get 401 whatever they send.
 *
 * <p>A chunked body refused while the client still sends it is read on for at most
 * {@link #DRAIN_BYTES} more bytes before the answer: a server that answers and closes with unread
 * bytes makes the client's TCP stack see a reset, and the client gets "Broken pipe" instead of
 * the 413 (a lingering close, RFC 9112 §9.6). The bound keeps the extra work small.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION + 100)
public final class BodyLimitFilter implements ContainerRequestFilter {

    private final LongSupplier limit;

    /** @param limit the largest body accepted, in bytes, read at each request (the configuration may change) */
    public BodyLimitFilter(LongSupplier limit) {
        this.limit = limit;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        long max = limit.getAsLong();
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > max) {
                    throw tooLarge(max);
                }
            } catch (NumberFormatException e) {
                throw ProblemException.badRequest(HttpHeaders.CONTENT_LENGTH, "Content-Length is not a number");
            }
        }
        // Not hasEntity(): it reads a byte to know. Jetty gives a request whose body never comes a thread when its idle
        // timeout ends the wait, and that read then failed: a 500 for a 401, 413 or 415 that needs no body.
        request.setEntityStream(new Limited(request.getEntityStream(), max));
    }

    /** How much of a refused chunked body is still read so that its sender gets the answer. */
    static final int DRAIN_BYTES = 64 * 1024;

    static ProblemException tooLarge(long max) {
        return new ProblemException(Problem.of("body-too-large", "Content too large", 413,
                "The body is larger than the limit of " + max + " bytes").with("limit", max));
    }

    /** Counts what is read and fails past the limit. */
    static final class Limited extends FilterInputStream {
        private final long max;
        private long read;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            read += n;
            if (read > max) {
                drain();
                throw tooLarge(max);
            }
        }

        /** Reads on, up to {@link #DRAIN_BYTES}, what the client already sends past the limit. */
        private void drain() {
            byte[] sink = new byte[8192];
            long left = DRAIN_BYTES;
            try {
                int n;
                while (left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) >= 0) {
                    left -= n;
                }
            } catch (IOException clientGone) {
                // the answer is 413 all the same; the connection closes after it
            }
        }
    }
}
