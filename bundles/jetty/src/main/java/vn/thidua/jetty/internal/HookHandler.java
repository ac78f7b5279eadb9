package vn.thidua.jetty.internal;

import java.io.IOException;
import java.util.List;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.thidua.jetty.ServerHook;

/**
 * The one Jetty handler pax-web gets from this bundle: it passes every request, and the server it
 * is added to, on to the hooks of the moment. The hooks change under it; the handler, and so
 * pax-web's server, stay.
 */
final class HookHandler extends AbstractHandler {

    private static final Logger LOG = LoggerFactory.getLogger(HookHandler.class);
    private static final ServerHook[] NONE = new ServerHook[0];

    /** Read by every request without a lock; replaced as a whole. */
    private volatile ServerHook[] hooks = NONE;

    /** The hooks from now on, in the order they are asked; those new to the handler meet the server at once. */
    synchronized void use(List<ServerHook> inOrder) {
        List<ServerHook> before = List.of(hooks);
        hooks = inOrder.toArray(NONE);
        Server server = getServer();
        if (server != null) {
            for (ServerHook hook : inOrder) {
                if (!before.contains(hook)) {
                    attach(hook, server);
                }
            }
        }
    }

    List<ServerHook> hooks() {
        return List.of(hooks);
    }

    @Override
    public synchronized void setServer(Server server) {
        super.setServer(server);
        if (server != null) {
            for (ServerHook hook : hooks) {
                attach(hook, server);
            }
        }
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        for (ServerHook hook : hooks) {
            if (baseRequest.isHandled()) {
                return;
            }
            hook.handle(target, baseRequest, request, response);
        }
    }

    private static void attach(ServerHook hook, Server server) {
        try {
            hook.attach(server);
        } catch (RuntimeException e) {
            // A hook that fails here must not stop the server from starting or the other hooks from working.
            LOG.error("The server hook {} could not attach to the server; it still sees every request", hook, e);
        }
    }
}
