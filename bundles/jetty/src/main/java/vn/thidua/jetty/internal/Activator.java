package vn.thidua.jetty.internal;

import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;

import org.eclipse.jetty.server.Handler;
import org.osgi.annotation.bundle.Header;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.thidua.jetty.ServerHook;

/**
 * Registers the {@link HookHandler} as a Jetty {@link Handler} service and tracks the hooks. pax-web
 * 8's Jetty bundle stops and starts its whole server for every handler registered after it started
 * (and fails to start when one is there before it: it opens its tracker before it makes its server
 * factory). So this bundle starts right after pax-web (start level 31 in the feature, pax-web's is
 * 30): that one restart comes while no servlet is registered and no request is served, instead of
 * when the REST facade starts, with the web workspace, the first requests and the API built.
 *
 * <p>It registers the handler only once pax-web's runtime has made its first server (its
 * {@code HttpServiceRuntime} service is there). pax-web's runtime opens its tracker of server
 * factories on its one configuration thread; when the Jetty bundle replaced its factory for this
 * handler during that opening, the runtime waited on that thread for a task queued behind itself,
 * 20 s, before HTTP came up (2 of 75 starts on a busy machine), and then made its
 * server twice.
 */
@Header(name = Constants.BUNDLE_ACTIVATOR, value = "${@class}")
public final class Activator implements BundleActivator {

    private static final Logger LOG = LoggerFactory.getLogger(Activator.class);

    /** pax-web puts a handler of positive ranking before the servlet contexts. */
    static final int RANKING = 100;
    /** The service pax-web's runtime registers when its server runs, by name: this bundle does not import it. */
    static final String HTTP_SERVICE_RUNTIME = "org.osgi.service.http.runtime.HttpServiceRuntime";

    private final Duration runtimeWait;
    private ServiceTracker<ServerHook, ServerHook> hooks;
    private ServiceRegistration<Handler> registration;

    public Activator() {
        // pax-web's first server takes well under a second; this bounds a start without pax-web at all
        this(Duration.ofSeconds(30));
    }

    Activator(Duration runtimeWait) {
        this.runtimeWait = runtimeWait;
    }

    @Override
    public void start(BundleContext context) throws InvalidSyntaxException {
        HookHandler handler = new HookHandler();
        hooks = new ServiceTracker<>(context, ServerHook.class, new HookTracker(context, handler));
        hooks.open();
        awaitPaxWebRuntime(context);
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, RANKING);
        registration = context.registerService(Handler.class, handler, properties);
    }

    /** Waits, on the thread that starts this bundle, for pax-web's runtime to have made its first server. */
    private void awaitPaxWebRuntime(BundleContext context) throws InvalidSyntaxException {
        // the references alone: nothing here gets (or counts as a user of) pax-web's service
        ServiceTracker<Object, ServiceReference<Object>> runtime = new ServiceTracker<>(context,
                context.createFilter("(" + Constants.OBJECTCLASS + "=" + HTTP_SERVICE_RUNTIME + ")"),
                new ServiceTrackerCustomizer<>() {
                    @Override
                    public ServiceReference<Object> addingService(ServiceReference<Object> reference) {
                        return reference;
                    }

                    @Override
                    public void modifiedService(ServiceReference<Object> reference, ServiceReference<Object> tracked) {
                    }

                    @Override
                    public void removedService(ServiceReference<Object> reference, ServiceReference<Object> tracked) {
                    }
                });
        // all of them: whether this bundle could use the service's class does not matter here
        runtime.open(true);
        try {
            if (runtime.waitForService(runtimeWait.toMillis()) == null) {
                LOG.warn("pax-web's HTTP runtime did not come within {} s: the Jetty handler is registered without it",
                        runtimeWait.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            runtime.close();
        }
    }

    @Override
    public void stop(BundleContext context) {
        registration.unregister();
        hooks.close();
    }
}
