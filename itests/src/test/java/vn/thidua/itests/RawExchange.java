package vn.thidua.itests;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Locale;

/**
 * One HTTP/1.1 exchange on a socket of its own, for what {@code java.net.http} cannot send: a
 * request whose {@code Content-Length} announces a body of which only the start comes, which the
 * server must answer from the headers alone; a request with malformed headers or body. (Sending a
 * whole body that the server refuses early would race its answer: the client may still be writing
 * when the connection closes, and see "Broken pipe" instead of the answer.)
 */
final class RawExchange {

    private static final int TIMEOUT_MILLIS = 60_000;

    private final int status;
    private final String headers;
    private final String body;

    private RawExchange(int status, String headers, String body) {
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    /**
     * Sends the request line and headers (with {@code authorization} when not null), announcing
     * {@code contentLength} bytes, then the body's first byte only, and reads the answer to the
     * end. One byte, because Jetty gives a request with a body a thread when the body begins (or
     * when its idle timeout ends the wait). The request does not ask for the connection to close:
     * whether the answer says it closes is the server's own word.
     */
    static RawExchange bodyBegun(String base, String method, String path, String authorization, String contentType,
            long contentLength) throws IOException {
        URI uri = URI.create(base + path);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            String request = method + " " + uri.getRawPath() + " HTTP/1.1\r\n"
                    + "Host: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
                    + "Content-Type: " + contentType + "\r\n"
                    + "Content-Length: " + contentLength + "\r\n\r\n{";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(ISO_8859_1));
            out.flush();
            return read(socket.getInputStream());
        }
    }

    /**
     * Sends {@code head} (request line and headers, without the empty line that ends them) and
     * {@code body} as they are, and reads the answer to the end. A server that answers and closes
     * before all is written (a header too large) is still read.
     */
    static RawExchange send(String base, String head, byte[] body) throws IOException {
        URI uri = URI.create(base);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            try {
                out.write((head + "Host: " + uri.getHost() + ":" + uri.getPort() + "\r\nConnection: close\r\n\r\n").getBytes(UTF_8));
                out.write(body);
                out.flush();
            } catch (IOException answeredEarly) {
                // the server may have answered already: read it
            }
            return read(socket.getInputStream());
        }
    }

    int status() {
        return status;
    }

    String body() {
        return body;
    }

    /** Asserts a problem of this status and type, and gives its body. */
    String assertProblem(int expectedStatus, String type) {
        String what = headers + body;
        assertEquals(what, expectedStatus, status);
        assertTrue(what, header("content-type").startsWith("application/problem+json"));
        assertTrue(what, body.contains("\"type\":\"" + type + "\""));
        return body;
    }

    String header(String name) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return "";
    }

    /** The answer up to its end: its Content-Length, its last chunk, or the connection closed. */
    private static RawExchange read(InputStream in) throws IOException {
        String head = readHead(in);
        int status = Integer.parseInt(head.substring(head.indexOf(' ') + 1, head.indexOf(' ') + 4));
        RawExchange headersOnly = new RawExchange(status, head, "");
        byte[] body;
        if (headersOnly.header("transfer-encoding").equalsIgnoreCase("chunked")) {
            body = readChunks(in);
        } else if (!headersOnly.header("content-length").isEmpty()) {
            body = in.readNBytes(Integer.parseInt(headersOnly.header("content-length")));
        } else {
            body = in.readAllBytes();
        }
        return new RawExchange(status, head, new String(body, UTF_8));
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection closed inside the answer's headers: " + head.toString(ISO_8859_1));
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(ISO_8859_1);
    }

    private static byte[] readChunks(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = readLine(in);
            int semicolon = size.indexOf(';');
            int length = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (length == 0) {
                return body.toByteArray();
            }
            body.write(in.readNBytes(length));
            readLine(in);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(ISO_8859_1);
    }
}
