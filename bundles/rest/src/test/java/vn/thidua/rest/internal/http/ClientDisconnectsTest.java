package vn.thidua.rest.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;

import org.eclipse.jetty.io.EofException;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.thidua.plan.time.VietnamClock;
import vn.thidua.rest.internal.ApiApplication;
import vn.thidua.rest.internal.Services;
import vn.thidua.rest.internal.security.ApiTokens;
import vn.thidua.rest.internal.security.LoginThrottleTest;
import vn.thidua.rest.internal.security.SessionTokens;

/**
 * A client that leaves while a large response is written: the whole application, in memory, writes
 * a 256 KiB document into the socket of a client that has reset the connection. Jersey logs a
 * failed write of a committed response at SEVERE; a client going away must not reach it, any other
 * failure must.
 */
class ClientDisconnectsTest {

    private static final int SIZE = 256 * 1024;

    /** A document as large as a PDF of a plan. */
    @Path("big")
    public static final class Big {
        @GET
        @Produces("application/octet-stream")
        public byte[] get() {
            return new byte[SIZE];
        }
    }

    private final ApplicationHandler api = new ApplicationHandler(ApiApplication.create(new Services(),
            (user, password) -> Optional.of(Set.of("viewer")), ApiTokens::none, LoginThrottleTest::lenient,
            new SessionTokens(new SessionTokens.Policy(Duration.ofMinutes(5), Duration.ofMinutes(60), 10), Clock.systemUTC()), () -> 1024, VietnamClock.system(), List.of(new Big())));
    private final Logger jersey = Logger.getLogger("org.glassfish.jersey");
    private final List<LogRecord> severe = new CopyOnWriteArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                severe.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listenToJersey() {
        jersey.addHandler(recorder);
    }

    @AfterEach
    void stopListening() {
        jersey.removeHandler(recorder);
    }

    @Test
    void aClientThatResetTheConnectionIsNoError() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket response = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
                Socket client = listener.accept()) {
            client.setSoLinger(true, 0);
            client.close(); // a reset, as a client killed mid-download sends
            awaitReset(response);
            Recording out = new Recording(response.getOutputStream());

            serve(out);

            assertThat(out.failure).as("the socket's own failure").isInstanceOf(IOException.class);
            assertThat(ClientDisconnects.isClientGone(out.failure)).as(out.failure.toString()).isTrue();
        }
        assertThat(severe).extracting(LogRecord::getMessage).isEmpty();
    }

    @Test
    void jettysExceptionForAClosedConnectionIsNoError() throws Exception {
        serve(new FailingAfter(SIZE / 4, new EofException(new IOException("Broken pipe"))));
        assertThat(severe).extracting(LogRecord::getMessage).isEmpty();
    }

    @Test
    void anyOtherFailureOfAWriteIsStillAnError() throws Exception {
        serve(new FailingAfter(SIZE / 4, new IOException("No space left on device")));
        assertThat(severe).extracting(LogRecord::getMessage).hasSize(1);
        assertThat(severe.get(0).getThrown()).hasRootCauseMessage("No space left on device");
    }

    private void serve(OutputStream out) throws Exception {
        ContainerRequest request = new ContainerRequest(URI.create("http://localhost/api/v1/"), URI.create("http://localhost/api/v1/big"),
                "GET", null, new MapPropertiesDelegate(), null);
        request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("ana:pw".getBytes(StandardCharsets.UTF_8)));
        api.apply(request, out).get(30, TimeUnit.SECONDS);
    }

    /** Blocks until the reset has reached this end (so that the next write fails), bounded by a read timeout. */
    private static void awaitReset(Socket socket) throws IOException {
        socket.setSoTimeout(10_000);
        try {
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        } catch (SocketException reset) {
            // "Connection reset": it has arrived
        }
    }

    /** Passes writes through and keeps the first failure. */
    private static final class Recording extends FilterOutputStream {
        IOException failure;

        Recording(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }
    }

    /** Takes {@code limit} bytes, then fails every write with {@code failure}. */
    private static final class FailingAfter extends OutputStream {
        private final int limit;
        private final IOException failure;
        private int written;

        FailingAfter(int limit, IOException failure) {
            this.limit = limit;
            this.failure = failure;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (written + len > limit) {
                throw failure;
            }
            written += len;
        }
    }
}
