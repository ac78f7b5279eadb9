package vn.thidua.jetty.internal;

import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;

import org.eclipse.jetty.server.Handler;
import org.osgi.annotation.bundle.Header;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.thidua.jetty.ServerHook;

/**
 * Registers the {@link HookHandler} as a Jetty {@link Handler} service and tracks the hooks.
 *
 * <p>pax-web 8's Jetty bundle stops and starts its whole server for every handler registered after
 * its server factory (and fails to start when a handler is there before it: it opens its tracker of
 * handlers before it makes the factory). A server stopped that way can leave a connection it accepted
 * while stopping open, unanswered and never timed out: a client polling health at that moment of a
 * start waited for ever. So this bundle starts before pax-web (start level 29 in the feature,
 * pax-web's is 30) and registers the handler the moment pax-web's Jetty bundle has started, on the
 * thread that started it: before pax-web's runtime (after it in the same level) has made any server,
 * so its first server already has the handler and is never restarted for it.
 *
 * <p>When pax-web's runtime is already there (this bundle started late, or the runtime before the
 * Jetty bundle), the handler still causes one restart, and it waits for the runtime's first server
 * (its {@code HttpServiceRuntime}), on a thread of its own: pax-web's runtime opens its tracker of
 * server factories on its one configuration thread, and when the Jetty bundle replaced its factory
 * during that opening, the runtime waited on that thread for a task queued behind itself, 20 s.
 */
@Header(name = Constants.BUNDLE_ACTIVATOR, value = "${@class}")
public final class Activator implements BundleActivator, SynchronousBundleListener {

    private static final Logger LOG = LoggerFactory.getLogger(Activator.class);

    /** pax-web puts a handler of positive ranking before the servlet contexts. */
    static final int RANKING = 100;
    /** The service pax-web's runtime registers when its server runs, by name: this bundle does not import it. */
    static final String HTTP_SERVICE_RUNTIME = "org.osgi.service.http.runtime.HttpServiceRuntime";
    static final String PAX_WEB_JETTY = "org.ops4j.pax.web.pax-web-jetty";
    static final String PAX_WEB_RUNTIME = "org.ops4j.pax.web.pax-web-runtime";

    private final Duration runtimeWait;
    private BundleContext context;
    private HookHandler handler;
    private ServiceTracker<ServerHook, ServerHook> hooks;
    // guarded by this: the handler's registration, one being made, one withdrawn while made, the waiting thread
    private ServiceRegistration<Handler> registration;
    private boolean registering;
    private boolean withdrawn;
    private Thread waiting;
    private boolean stopped;

    public Activator() {
        // pax-web's first server takes well under a second; this bounds a start of its runtime that never comes
        this(Duration.ofSeconds(30));
    }

    Activator(Duration runtimeWait) {
        this.runtimeWait = runtimeWait;
    }

    @Override
    public void start(BundleContext context) {
        this.context = context;
        handler = new HookHandler();
        hooks = new ServiceTracker<>(context, ServerHook.class, new HookTracker(context, handler));
        hooks.open();
        // before looking at pax-web's Jetty bundle: its start is then either seen below or heard of
        context.addBundleListener(this);
        Bundle jetty = bundle(PAX_WEB_JETTY);
        if (jetty == null) {
            // no pax-web Jetty bundle to restart anything: the handler waits for nobody
            register();
        } else if (jetty.getState() == Bundle.ACTIVE) {
            registerOnceRuntimeServes();
        }
        // else when its start is heard of (bundleChanged)
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        if (!PAX_WEB_JETTY.equals(event.getBundle().getSymbolicName())) {
            return;
        }
        switch (event.getType()) {
            case BundleEvent.STARTED -> {
                if (runtimeStarted()) {
                    registerOnceRuntimeServes();
                } else {
                    // the factory is registered, the runtime has not seen it yet: its first server gets the handler
                    register();
                }
            }
            // its next start must not find a handler before it makes its factory (it would fail to start)
            case BundleEvent.STOPPING -> unregister();
            default -> {
            }
        }
    }

    private boolean runtimeStarted() {
        Bundle runtime = bundle(PAX_WEB_RUNTIME);
        return runtime != null && (runtime.getState() & (Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING)) != 0;
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        return null;
    }

    /**
     * Registers the handler unless it is there or this bundle stops. The registration calls into pax-web
     * (its Jetty bundle replaces its server factory at once), so no lock is held while it runs.
     */
    private void register() {
        synchronized (this) {
            if (stopped || registration != null || registering) {
                return;
            }
            registering = true;
            withdrawn = false;
        }
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, RANKING);
        ServiceRegistration<Handler> made = context.registerService(Handler.class, handler, properties);
        boolean keep;
        synchronized (this) {
            registering = false;
            keep = !stopped && !withdrawn;
            if (keep) {
                registration = made;
            }
        }
        if (!keep) {
            made.unregister();
        }
    }

    /** Takes the handler away, also one being registered on another thread at this moment. */
    private void unregister() {
        ServiceRegistration<Handler> made;
        synchronized (this) {
            made = registration;
            registration = null;
            withdrawn = registering;
        }
        if (made != null) {
            made.unregister();
        }
    }

    /** The handler, once pax-web's runtime has made its first server: on a thread of its own, never the runtime's. */
    private synchronized void registerOnceRuntimeServes() {
        if (stopped || registration != null || waiting != null) {
            return;
        }
        waiting = new Thread(() -> {
            try {
                awaitRuntime();
                Bundle jetty = bundle(PAX_WEB_JETTY);
                // not for a Jetty bundle stopped meanwhile: its next start is heard of
                if (jetty == null || jetty.getState() == Bundle.ACTIVE) {
                    register();
                }
            } finally {
                synchronized (this) {
                    waiting = null;
                }
            }
        }, "thidua jetty handler: waits for pax-web's runtime");
        waiting.setDaemon(true);
        waiting.start();
    }

    private void awaitRuntime() {
        // the references alone: nothing here gets (or counts as a user of) pax-web's service
        ServiceTracker<Object, ServiceReference<Object>> runtime;
        try {
            runtime = new ServiceTracker<>(context,
                    context.createFilter("(" + Constants.OBJECTCLASS + "=" + HTTP_SERVICE_RUNTIME + ")"), new References());
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        // all of them: whether this bundle could use the service's class does not matter here
        runtime.open(true);
        try {
            if (runtime.waitForService(runtimeWait.toMillis()) == null) {
                LOG.warn("pax-web's HTTP runtime did not come within {} ms: the Jetty handler is registered without it",
                        runtimeWait.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            runtime.close();
        }
    }

    @Override
    public void stop(BundleContext context) throws InterruptedException {
        Thread wait;
        synchronized (this) {
            stopped = true;
            wait = waiting;
        }
        context.removeBundleListener(this);
        if (wait != null) {
            wait.interrupt();
            wait.join(runtimeWait.toMillis());
        }
        unregister();
        hooks.close();
    }

    /** A tracker's customizer that keeps the references only. */
    private static final class References implements ServiceTrackerCustomizer<Object, ServiceReference<Object>> {

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
    }
}
