package vn.thidua.rest.internal.jetty;

import java.io.IOException;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import vn.thidua.rest.internal.http.ApiJson;
import vn.thidua.rest.internal.http.SecurityHeaders;
import vn.thidua.rest.internal.problem.ProblemMapper;

/**
 * Jetty's part of the contract, for every request the server gets, whatever bundle serves it:
 * pax-web adds a {@link Handler} service to its Jetty server, before the servlet contexts when its
 * ranking is positive. This one sets the security headers on every answer, answers TRACE with a
 * 405 problem (Jetty would echo the request, or answer with an empty body), and makes the server's
 * error handler write problem+json ({@link ProblemErrorHandler}) for the errors Jetty finds before
 * any servlet sees the request. Nothing is done per endpoint: pages and endpoints of other bundles
 * get the same.
 */
@Component(service = Handler.class, property = "service.ranking:Integer=100")
public final class ServerErrors extends AbstractHandler {

    private final ProblemErrorHandler errors = new ProblemErrorHandler(new ProblemMapper(ApiJson.mapper()));
    private Server installedOn;
    private ErrorHandler previous;

    @Override
    public synchronized void setServer(Server server) {
        super.setServer(server);
        if (server != null && installedOn != server) {
            uninstall();
            previous = server.getErrorHandler();
            server.setErrorHandler(errors);
            installedOn = server;
        }
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        SecurityHeaders.apply(request.getRequestURI(), response::setHeader);
        if (HttpMethod.TRACE.is(request.getMethod())) {
            baseRequest.setHandled(true);
            response.setStatus(405);
            response.setHeader("Allow", "GET, HEAD, POST, PUT, DELETE, OPTIONS");
            errors.write(405, request.getRequestURI(), response);
        }
        // Anything else goes on to the contexts.
    }

    @Deactivate
    synchronized void deactivate() {
        uninstall();
    }

    private void uninstall() {
        if (installedOn != null && installedOn.getErrorHandler() == errors) {
            installedOn.setErrorHandler(previous != null ? previous : new ErrorHandler());
        }
        installedOn = null;
        previous = null;
    }
}
