package vn.thidua.jetty.body;

import java.net.URI;

import javax.servlet.http.HttpServlet;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A real Jetty on loopback with a pool of 12 threads, serving one asynchronous servlet: a few dozen
 * slow requests would take every thread if reading their bodies held one. For the tests of every
 * bundle that collects bodies (this test-jar is their dependency).
 */
public final class LoopbackJetty implements AutoCloseable {

    public static final int THREADS = 12;

    private final Server server;
    private final int port;

    private LoopbackJetty(Server server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Serves {@code servlet} at {@code pattern} in the context {@code contextPath} ("" for the root). */
    public static LoopbackJetty serving(String contextPath, String pattern, HttpServlet servlet) throws Exception {
        Server server = new Server(new QueuedThreadPool(THREADS, 2));
        ServerConnector connector = new ServerConnector(server, 1, 1);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        ServletHolder holder = new ServletHolder(servlet);
        holder.setAsyncSupported(true);
        context.setContextPath(contextPath.isEmpty() ? "/" : contextPath);
        context.addServlet(holder, pattern);
        server.setHandler(context);
        server.start();
        return new LoopbackJetty(server, connector.getLocalPort());
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
