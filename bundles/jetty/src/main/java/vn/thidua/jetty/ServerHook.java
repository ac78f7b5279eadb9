package vn.thidua.jetty;

import java.io.IOException;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A part of Karaf's Jetty server that a bundle brings while it runs. pax-web restarts its whole
 * server whenever a Jetty {@code Handler} service comes or goes (every web bundle's servlets stop
 * and start again, and requests meanwhile fail); a hook comes and goes on its own. Hooks are asked
 * in the order of their {@code service.ranking}, highest first, before any servlet context.
 */
@ConsumerType
public interface ServerHook {

    /**
     * The server this hook works for from now on: called when the hook arrives while a server runs,
     * and for every server pax-web makes later (a new server after a change of its configuration).
     * What the hook sets on a server it takes back itself when its component stops.
     */
    void attach(Server server);

    /**
     * Called for every request before the servlet contexts, as Jetty's {@code Handler.handle}: a hook
     * that answers the request marks {@code baseRequest} handled, and no other hook or context sees it.
     */
    void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException;
}
