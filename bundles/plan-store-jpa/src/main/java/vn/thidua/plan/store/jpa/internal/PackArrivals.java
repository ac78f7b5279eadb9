package vn.thidua.plan.store.jpa.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

import vn.thidua.rules.RulePackInfo;
import vn.thidua.rules.RulePackListener;
import vn.thidua.rules.RulePackRegistry;

/**
 * Tells a waiting thread that the rule packs may have changed: a registry was registered (with the
 * packs it loaded on its start) or a registry told its listeners that packs came or went. Open only
 * while the first start's examples wait for their packs.
 */
final class PackArrivals implements AutoCloseable {

    /** What the example loading waits on; outside OSGi a test signals it by hand. */
    interface Changes {

        /** How many changes were seen so far. */
        long count();

        /** Returns when more than {@code seen} changes were seen, or at {@code deadline}. */
        void awaitAfter(long seen, Instant deadline) throws InterruptedException;
    }

    /** Changes counted under a monitor. */
    static final class Counter implements Changes {

        private long changes;

        synchronized void changed() {
            changes++;
            notifyAll();
        }

        @Override
        public synchronized long count() {
            return changes;
        }

        @Override
        public synchronized void awaitAfter(long seen, Instant deadline) throws InterruptedException {
            while (changes <= seen) {
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0) {
                    return;
                }
                wait(left);
            }
        }
    }

    private final Counter counter = new Counter();
    private final ServiceTracker<RulePackRegistry, RulePackRegistry> registries;
    private final ServiceRegistration<RulePackListener> listener;

    PackArrivals(BundleContext context) {
        registries = new ServiceTracker<>(context, RulePackRegistry.class, null) {
            @Override
            public RulePackRegistry addingService(ServiceReference<RulePackRegistry> reference) {
                counter.changed();
                return super.addingService(reference);
            }
        };
        registries.open();
        listener = context.registerService(RulePackListener.class, (List<RulePackInfo> packs) -> counter.changed(), null);
    }

    Changes changes() {
        return counter;
    }

    @Override
    public void close() {
        try {
            listener.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the bundle is stopping: its registrations went with it
        }
        registries.close();
    }
}
