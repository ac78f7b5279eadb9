package vn.thidua.jetty.internal;

import java.util.Dictionary;
import java.util.Hashtable;

import org.eclipse.jetty.server.Handler;
import org.osgi.annotation.bundle.Header;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

import vn.thidua.jetty.ServerHook;

/**
 * Registers the {@link HookHandler} as a Jetty {@link Handler} service and tracks the hooks. pax-web
 * 8's Jetty bundle stops and starts its whole server for every handler registered after it started
 * (and fails to start when one is there before it: it opens its tracker before it makes its server
 * factory). So this bundle starts right after pax-web (start level 31 in the feature, pax-web's is
 * 30): that one restart comes while no servlet is registered and no request is served, instead of
 * when the REST facade starts, with the web workspace, the first requests and the API built.
 */
@Header(name = Constants.BUNDLE_ACTIVATOR, value = "${@class}")
public final class Activator implements BundleActivator {

    /** pax-web puts a handler of positive ranking before the servlet contexts. */
    static final int RANKING = 100;

    private ServiceTracker<ServerHook, ServerHook> hooks;
    private ServiceRegistration<Handler> registration;

    @Override
    public void start(BundleContext context) {
        HookHandler handler = new HookHandler();
        hooks = new ServiceTracker<>(context, ServerHook.class, new HookTracker(context, handler));
        hooks.open();
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, RANKING);
        registration = context.registerService(Handler.class, handler, properties);
    }

    @Override
    public void stop(BundleContext context) {
        registration.unregister();
        hooks.close();
    }
}
