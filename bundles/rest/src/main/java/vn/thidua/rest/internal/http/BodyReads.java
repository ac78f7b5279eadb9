package vn.thidua.rest.internal.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import javax.servlet.ReadListener;
import javax.servlet.ServletException;
import javax.servlet.ServletInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;

import vn.thidua.jetty.body.Body;
import vn.thidua.jetty.body.BodyCollector;
import vn.thidua.rest.internal.problem.Problem;

/**
 * Request bodies read before the API sees them, as their bytes arrive and on no thread in between
 * (thidua-jetty's {@link BodyCollector}). Jersey reads a body the blocking way: a request whose body
 * trickles in held one of the server's threads for as long as its client liked, and a few hundred
 * of them left no thread for anybody, health included. Here the request goes on to the API, on one
 * of the server's threads, only when the whole body is here, at the paths it was dispatched to.
 *
 * <p>Bounded three ways: each body by the body limit (413 as soon as it passes it), the time a body
 * may take to arrive (408), and the bytes of all bodies held at once while they arrive (503).
 */
public final class BodyReads {

    /** What serves the request once its body is here. */
    public interface Then {
        void serve(HttpServletRequest withBody) throws IOException, ServletException;
    }

    /** What answers a request whose body is refused, with its status and problem. */
    public interface Refuse {
        void refuse(int status, Problem problem) throws IOException;
    }

    private final BodyCollector collector = new BodyCollector();

    /** Bytes of bodies being read now, all requests together. */
    public long held() {
        return collector.held();
    }

    /**
     * Reads the body of this request, then calls {@code then} or {@code refuse} once, on a thread of the
     * server, and completes the request. A body declared larger than the limit is not read: {@code then}
     * gets the request as it is, and the API refuses it by its Content-Length.
     */
    public void read(HttpServletRequest request, BodyCollector.Limits limits, Then then, Refuse refuse)
            throws IOException, ServletException {
        long declared = UnreadBodies.declaredLength(request::getHeader);
        boolean chunked = request.getHeader("Transfer-Encoding") != null;
        if (declared == 0 || declared > limits.bodyBytes() || declared > BodyCollector.MOST_IN_MEMORY
                || declared < 0 && !chunked || !readByTheApi(request.getContentType())) {
            // Nothing to read, or a body the API refuses without reading it (by its length, its type): as it is.
            then.serve(request);
            return;
        }
        // Taken now: once this dispatch returns, the server no longer says which servlet and path the request is at.
        // Not getPathTranslated: pax-web looks for a file of the bundle there (an exception, a resource lookup) on every call.
        Paths paths = new Paths(request.getContextPath(), request.getServletPath(), request.getPathInfo());
        collector.collect(request, limits, body -> then.serve(new ReadBody(request, paths, body)), why -> {
            switch (why) {
                case TOO_LARGE -> refuse.refuse(413, BodyLimitFilter.tooLarge(limits.bodyBytes()).problem());
                case TOO_SLOW -> refuse.refuse(408, tooSlow(limits.within()));
                case BUSY -> refuse.refuse(503, busy());
            }
        });
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

    /** Where the request is, as the server said while dispatching it. */
    record Paths(String contextPath, String servletPath, String pathInfo) {
    }

    /** The request with its body read, at the paths it was dispatched to: the API reads the body from memory. */
    static final class ReadBody extends HttpServletRequestWrapper {

        private final Paths paths;
        private final Body body;
        private ServletInputStream stream;

        ReadBody(HttpServletRequest request, Paths paths, Body body) {
            super(request);
            this.paths = paths;
            this.body = body;
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

        /** None: the API is served from a bundle, not from files (and the API never asks). */
        @Override
        public String getPathTranslated() {
            return null;
        }

        @Override
        public synchronized ServletInputStream getInputStream() {
            if (stream == null) {
                stream = new BodyStream(body.stream());
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

    /** A body in memory as the servlet stream the API reads (a ByteArrayInputStream: nothing here throws or waits). */
    private static final class BodyStream extends ServletInputStream {

        private final InputStream bytes;

        BodyStream(InputStream bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() throws IOException {
            return bytes.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return bytes.read(b, off, len);
        }

        @Override
        public int available() throws IOException {
            return bytes.available();
        }

        @Override
        public boolean isFinished() {
            try {
                return bytes.available() == 0;
            } catch (IOException e) {
                return true;
            }
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
