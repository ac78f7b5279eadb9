package vn.thidua.itests;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Posts whose body never comes: each sends its head and the first byte of a body it announces
 * longer, then nothing, the connection left open, as a client trickling its body would. More of them
 * than the web server has threads (pax-web's Jetty: 200): read the blocking way, they left no
 * thread for anybody else.
 */
public final class SlowBodies implements AutoCloseable {

    /** More than the server's threads. */
    public static final int COUNT = 250;

    private final List<Socket> sockets = new ArrayList<>();

    private SlowBodies() {
    }

    /**
     * Opens {@code count} such posts to {@code path} of the server at {@code root} (scheme, host and port),
     * each with these headers besides Host, Origin, Content-Type and Content-Length.
     */
    public static SlowBodies open(String root, String path, String contentType, Map<String, String> headers, int count)
            throws IOException {
        URI uri = URI.create(root);
        SlowBodies slow = new SlowBodies();
        try {
            for (int i = 0; i < count; i++) {
                Socket socket = new Socket();
                slow.sockets.add(socket);
                socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 10_000);
                String head = "POST " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
                        + "Origin: " + root + "\r\n"
                        + headerLines(headers)
                        + "Content-Type: " + contentType + "\r\nContent-Length: 4000\r\n\r\n{";
                socket.getOutputStream().write(head.getBytes(UTF_8));
                socket.getOutputStream().flush();
            }
        } catch (IOException | RuntimeException e) {
            slow.close();
            throw e;
        }
        return slow;
    }

    private static String headerLines(Map<String, String> headers) {
        StringBuilder lines = new StringBuilder();
        headers.forEach((name, value) -> lines.append(name).append(": ").append(value).append("\r\n"));
        return lines.toString();
    }

    @Override
    public void close() {
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
