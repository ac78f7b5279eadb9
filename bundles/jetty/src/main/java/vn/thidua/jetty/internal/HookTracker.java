package vn.thidua.jetty.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

import vn.thidua.jetty.ServerHook;

/** Keeps the handler's hooks those registered now, highest {@code service.ranking} first. */
final class HookTracker implements ServiceTrackerCustomizer<ServerHook, ServerHook> {

    private final BundleContext context;
    private final HookHandler handler;
    private final Map<ServiceReference<ServerHook>, ServerHook> registered = new HashMap<>();

    HookTracker(BundleContext context, HookHandler handler) {
        this.context = context;
        this.handler = handler;
    }

    @Override
    public ServerHook addingService(ServiceReference<ServerHook> reference) {
        ServerHook hook = context.getService(reference);
        if (hook == null) {
            return null;
        }
        synchronized (registered) {
            registered.put(reference, hook);
            handler.use(inOrder());
        }
        return hook;
    }

    /** A new ranking: the same hooks, perhaps in another order. */
    @Override
    public void modifiedService(ServiceReference<ServerHook> reference, ServerHook hook) {
        synchronized (registered) {
            handler.use(inOrder());
        }
    }

    @Override
    public void removedService(ServiceReference<ServerHook> reference, ServerHook hook) {
        synchronized (registered) {
            registered.remove(reference);
            handler.use(inOrder());
        }
        context.ungetService(reference);
    }

    /** Highest ranking first; of equal rankings, the one registered first (a reference compares as the framework orders services). */
    private List<ServerHook> inOrder() {
        List<ServiceReference<ServerHook>> references = new ArrayList<>(registered.keySet());
        references.sort(Comparator.reverseOrder());
        List<ServerHook> hooks = new ArrayList<>(references.size());
        for (ServiceReference<ServerHook> reference : references) {
            hooks.add(registered.get(reference));
        }
        return hooks;
    }
}
