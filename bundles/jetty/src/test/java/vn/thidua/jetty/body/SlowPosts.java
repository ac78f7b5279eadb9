package vn.thidua.jetty.body;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.function.LongSupplier;

/** Posts whose body trickles in: the head and the first bytes are sent, the rest when a test says so; one request a connection. */
public final class SlowPosts {

    private SlowPosts() {
    }

    /** Sends the head of a post with this Content-Length and {@code first} of its body, and no more. */
    public static Socket open(int port, String path, String contentType, long contentLength, String first) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(15_000);
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + contentLength + "\r\n\r\n" + first).getBytes(UTF_8));
        out.flush();
        return socket;
    }

    /** Sends more of the body. */
    public static void send(Socket socket, byte[] more) throws IOException {
        socket.getOutputStream().write(more);
        socket.getOutputStream().flush();
    }

    /**
     * Waits until {@code held} says at least {@code bytes} (bytes of a slow body have arrived and are
     * held), up to 10 s, and gives what it says then: tests wait for the bytes, not for a time.
     */
    public static long awaitHeld(LongSupplier held, long bytes) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (held.getAsLong() < bytes && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return held.getAsLong();
    }

    /** The status line of the answer, waiting for it (up to the socket's 15 s). */
    public static String statusLine(Socket socket) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = socket.getInputStream().read()) >= 0 && b != '\r') {
            line.append((char) b);
        }
        return line.toString();
    }

    /** The rest of the answer after its status line, up to {@code most} bytes, as UTF-8. */
    public static String rest(Socket socket, int most) throws IOException {
        return new String(socket.getInputStream().readNBytes(most), UTF_8);
    }
}
