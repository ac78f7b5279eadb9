package vn.thidua.rest.internal.http;

import java.io.IOException;
import java.util.regex.Pattern;

import javax.ws.rs.ext.WriterInterceptor;
import javax.ws.rs.ext.WriterInterceptorContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client that goes away while its response is being written (wrk stopping at the end of a run, a
 * browser tab closed during a PDF download) is not an error of the server. Jetty reports it to the
 * writer as an {@code org.eclipse.jetty.io.EofException} (around the socket's "Broken pipe" or
 * "Connection reset"), and Jersey logs that at SEVERE, ERROR in {@code karaf.log}, with a stack
 * trace, once the response is committed. Here such a write ends quietly, logged at DEBUG as what it
 * is; any other failure of a write goes on as before.
 */
public final class ClientDisconnects implements WriterInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(ClientDisconnects.class);
    /** Jetty's exception for a connection the peer closed (by name: the facade does not import Jetty). */
    private static final String JETTY_EOF = "org.eclipse.jetty.io.EofException";
    /** The socket's own words when the peer is gone, should a container pass them on unwrapped. */
    private static final Pattern PEER_GONE = Pattern.compile("Broken pipe|Connection reset( by peer)?");

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        try {
            context.proceed();
        } catch (IOException e) {
            if (!isClientGone(e)) {
                throw e;
            }
            LOG.debug("The client went away while its response was written ({})", e.toString());
        }
    }

    /** Whether the failure, or one of its causes, is the peer closing the connection. */
    static boolean isClientGone(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (JETTY_EOF.equals(cause.getClass().getName())
                    || cause instanceof IOException && cause.getMessage() != null && PEER_GONE.matcher(cause.getMessage()).matches()) {
                return true;
            }
        }
        return false;
    }
}
