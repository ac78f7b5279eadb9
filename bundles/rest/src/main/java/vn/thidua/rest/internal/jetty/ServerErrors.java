package vn.thidua.rest.internal.jetty;

import java.io.IOException;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.HandlerCollection;
import org.eclipse.jetty.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.thidua.jetty.ServerHook;
import vn.thidua.rest.internal.http.ApiJson;
import vn.thidua.rest.internal.http.SecurityHeaders;
import vn.thidua.rest.internal.problem.ProblemMapper;

/**
 * Jetty's part of the contract, for every request the server gets, whatever bundle serves it: a
 * {@link ServerHook} (thidua-jetty's handler, before the servlet contexts, passes every request on;
 * a Jetty {@code Handler} service of this bundle's own would make pax-web restart its server each
 * time this bundle starts). This one sets the security headers on every answer, answers TRACE with
 * a 405 problem (Jetty would echo the request, or answer with an empty body), and makes the server's
 * error handler write problem+json ({@link ProblemErrorHandler}) for the errors Jetty finds before
 * any servlet sees the request. Nothing is done per endpoint: pages and endpoints of other bundles
 * get the same.
 */
@Component(service = ServerHook.class)
public final class ServerErrors implements ServerHook {

    private static final Logger LOG = LoggerFactory.getLogger(ServerErrors.class);

    private final ProblemMapper problems = new ProblemMapper(ApiJson.mapper());
    /**
     * The server's error handler, one per server: a server that pax-web destroys destroys its beans
     * with it, and a destroyed handler cannot be started by the next server.
     */
    private volatile ProblemErrorHandler errors = new ProblemErrorHandler(problems);
    /** Read by every request without the lock; written under it. */
    private volatile Server attachedTo;
    private volatile Handler[] seenHandlers;
    /** Whether the server's own error handler is ours, and the one it replaced. */
    private boolean serverHandlerInstalled;
    private ErrorHandler previous;

    @Override
    public synchronized void attach(Server server) {
        if (server == null || attachedTo == server) {
            return;
        }
        uninstall();
        // The contexts are covered whether or not the server's own handler can be replaced below.
        attachedTo = server;
        errors = new ProblemErrorHandler(problems);
        try {
            // Its server first: the server starts it at once when running, after which setServer would throw.
            errors.setServer(server);
            previous = server.getErrorHandler();
            server.setErrorHandler(errors);
            serverHandlerInstalled = true;
        } catch (RuntimeException e) {
            // Never in the way of the web server's start: its own error answers stay for what no context takes.
            LOG.error("Jetty's errors found before any context stay HTML: the problem+json error handler could not be installed", e);
        }
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        coverContexts();
        SecurityHeaders.apply(request.getRequestURI(), response::setHeader);
        if (HttpMethod.TRACE.is(request.getMethod())) {
            baseRequest.setHandled(true);
            response.setStatus(405);
            response.setHeader("Allow", "GET, HEAD, POST, PUT, DELETE, OPTIONS");
            errors.write(405, request.getRequestURI(), response);
        }
        // Anything else goes on to the contexts.
    }

    /**
     * Gives each servlet context an error handler that answers problem+json (keeping the context's
     * error pages): a 404 of a path no servlet takes, an error of a servlet that calls sendError.
     * Contexts come and go with the bundles; they are looked for only when the server's handlers changed.
     */
    private void coverContexts() {
        Server server = attachedTo;
        ProblemErrorHandler errors = this.errors;
        // HandlerCollection hands out its own array, replaced whenever a handler (a context) comes or goes.
        Handler[] now = server != null && server.getHandler() instanceof HandlerCollection all ? all.getHandlers() : null;
        if (now == null || now == seenHandlers) {
            return;
        }
        synchronized (this) {
            for (Handler handler : server.getChildHandlersByClass(ServletContextHandler.class)) {
                ServletContextHandler context = (ServletContextHandler) handler;
                ErrorHandler current = context.getErrorHandler();
                if (current instanceof ProblemPageErrorHandler) {
                    continue;
                }
                try {
                    ProblemPageErrorHandler replacement = new ProblemPageErrorHandler(errors);
                    if (current instanceof ErrorPageErrorHandler pages) {
                        replacement.setErrorPages(pages.getErrorPages());
                    }
                    replacement.setServer(server);
                    context.setErrorHandler(replacement);
                } catch (RuntimeException e) {
                    LOG.warn("The context {} keeps Jetty's error pages", context.getContextPath(), e);
                }
            }
            seenHandlers = now;
        }
    }

    @Deactivate
    synchronized void deactivate() {
        uninstall();
    }

    private void uninstall() {
        Server server = attachedTo;
        if (server == null) {
            return;
        }
        // Jetty must keep nothing of this bundle (its class loader) once it stops: the contexts get Jetty's own handler back.
        for (Handler handler : server.getChildHandlersByClass(ServletContextHandler.class)) {
            ServletContextHandler context = (ServletContextHandler) handler;
            if (context.getErrorHandler() instanceof ProblemPageErrorHandler ours) {
                try {
                    ErrorPageErrorHandler jettys = new ErrorPageErrorHandler();
                    jettys.setErrorPages(ours.getErrorPages());
                    jettys.setServer(server);
                    context.setErrorHandler(jettys);
                } catch (RuntimeException e) {
                    LOG.warn("The context {} keeps the problem+json error handler", context.getContextPath(), e);
                }
            }
        }
        if (serverHandlerInstalled && server.getErrorHandler() == errors) {
            ErrorHandler restored = previous != null ? previous : new ErrorHandler();
            try {
                restored.setServer(server);
                server.setErrorHandler(restored);
            } catch (RuntimeException e) {
                LOG.warn("Jetty's own error handler could not be put back", e);
            }
        }
        attachedTo = null;
        seenHandlers = null;
        serverHandlerInstalled = false;
        previous = null;
    }
}
