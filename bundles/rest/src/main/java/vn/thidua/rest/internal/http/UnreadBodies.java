package vn.thidua.rest.internal.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.UnaryOperator;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;

/**
 * An answer given before the request's body has come in whole says {@code Connection: close}.
 *
 * <p>Jetty (9.4) does not wait for a body nobody read: once the answer is out it closes the
 * connection. When the answer was committed first, as Jersey commits its answers, it closes
 * without saying so, and a client that keeps connections open (the JDK's HttpClient, a proxy)
 * sends its next request on a closed one: "Broken pipe", "header parser received no bytes", for
 * a POST that is not retried. RFC 9112 §9.6: a server that closes after an answer says so in it.
 * Typical answers: 401 and 403 (checked before the body is read), 415, 413 by Content-Length.
 *
 * <p>What has already arrived of the body is read and dropped first, without waiting for more
 * (at most {@link #DRAIN_BYTES}), so a small body sent at once keeps its connection open.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public final class UnreadBodies implements ContainerRequestFilter, ContainerResponseFilter {

    /** At most this much of an unread body is dropped, and only what has arrived. */
    static final int DRAIN_BYTES = 64 * 1024;

    private static final String BODY = UnreadBodies.class.getName() + ".body";

    @Override
    public void filter(ContainerRequestContext request) {
        long length = declaredLength(request::getHeaderString);
        if (length == 0) {
            return;
        }
        Counted body = new Counted(request.getEntityStream(), length);
        request.setEntityStream(body);
        request.setProperty(BODY, body);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(BODY) instanceof Counted body && !body.readToEndOfWhatArrived()) {
            response.getHeaders().putSingle("Connection", "close");
        }
    }

    /**
     * The body's announced length, from the request's headers by name (JAX-RS's or the servlet's):
     * -1 when it comes chunked (length unknown); 0 when there is none.
     */
    public static long declaredLength(UnaryOperator<String> header) {
        if (header.apply("Transfer-Encoding") != null) {
            return -1;
        }
        String length = header.apply(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(length.trim()));
        } catch (NumberFormatException e) {
            return -1; // refused by the body limit; the answer closes all the same
        }
    }

    /** The body as the application reads it, counted, so that its end is known without reading on. */
    static final class Counted extends FilterInputStream {
        private final long length;
        private long read;
        private boolean ended;

        Counted(InputStream in, long length) {
            super(in);
            this.length = length;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? -1 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int size) throws IOException {
            int n = super.read(buffer, offset, size);
            count(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            read += skipped;
            return skipped;
        }

        private void count(int n) {
            if (n < 0) {
                ended = true;
            } else {
                read += n;
            }
        }

        boolean ended() {
            return ended || length >= 0 && read >= length;
        }

        /**
         * Reads and drops what has arrived of the body and nobody read, without waiting for the
         * rest; whether the body is then read to its end.
         */
        boolean readToEndOfWhatArrived() {
            if (ended()) {
                return true; // the usual case: the application read it all
            }
            byte[] sink = new byte[8192];
            long left = DRAIN_BYTES;
            try {
                int available;
                while (!ended() && left > 0 && (available = in.available()) > 0) {
                    int n = read(sink, 0, (int) Math.min(Math.min(available, sink.length), left));
                    if (n <= 0) {
                        break;
                    }
                    left -= n;
                }
            } catch (IOException clientGone) {
                return false;
            }
            return ended();
        }
    }
}
