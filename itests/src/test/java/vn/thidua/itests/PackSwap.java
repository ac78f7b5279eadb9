package vn.thidua.itests;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.SynchronousBundleListener;

import vn.thidua.rules.RulePackInfo;
import vn.thidua.rules.RulePackListener;

/**
 * One change of the packs in force, made by an action an administrator takes, and what it did:
 * every bundle event fired while it ran (recorded by a synchronous listener, so none is missed or
 * late) and the time until the registry told its {@link RulePackListener}s the awaited state.
 *
 * @param events  every bundle event during the action, in order
 * @param reports every report of the registry during the action and the wait, in order
 * @param millis  from the start of the action to the registry reporting the awaited state
 * @param actionMillis how long the action took (a command returns when its deployment is done)
 */
record PackSwap(List<Event> events, List<Report> reports, double millis, double actionMillis) {

    /** What the administrator does: a console command, a file written … */
    interface Action {
        void run() throws Exception;
    }

    /** A bundle event, kept as text (the bundle may be gone when the test reads it). */
    record Event(long bundleId, String symbolicName, String type) {

        @Override
        public String toString() {
            return symbolicName + " [" + bundleId + "] " + type;
        }
    }

    /** What the registry told its listeners, and when (milliseconds after the start of the action). */
    record Report(double millis, List<RulePackInfo> packs) {
    }

    private static final long TIMEOUT_SECONDS = 60;

    private static final Map<Integer, String> EVENT_TYPES = eventTypes();

    /**
     * Runs the action and waits, on the registry's listener callback, until {@code awaited} holds for
     * the packs the registry reports (no polling, no sleep). Fails if it does not within a minute.
     */
    static PackSwap run(BundleContext context, Action action, Predicate<List<RulePackInfo>> awaited) throws Exception {
        List<Event> events = Collections.synchronizedList(new ArrayList<>());
        SynchronousBundleListener recorder = e -> events.add(
                new Event(e.getBundle().getBundleId(), e.getBundle().getSymbolicName(), type(e.getType())));
        List<Report> reports = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch reached = new CountDownLatch(1);
        AtomicReference<Double> reachedAt = new AtomicReference<>();
        long start = System.nanoTime();
        RulePackListener listener = packs -> {
            double at = (System.nanoTime() - start) / 1e6;
            reports.add(new Report(at, packs));
            if (reached.getCount() > 0 && awaited.test(packs)) {
                reachedAt.set(at);
                reached.countDown();
            }
        };
        // The registry binds listeners dynamically: it calls this one from the next change on.
        ServiceRegistration<RulePackListener> registration =
                context.registerService(RulePackListener.class, listener, null);
        context.addBundleListener(recorder);
        double actionMillis;
        try {
            action.run();
            actionMillis = (System.nanoTime() - start) / 1e6;
            assertTrue("the packs did not reach the awaited state within " + TIMEOUT_SECONDS + " s",
                    reached.await(TIMEOUT_SECONDS, SECONDS));
        } finally {
            context.removeBundleListener(recorder);
            registration.unregister();
        }
        return new PackSwap(List.copyOf(events), List.copyOf(reports), reachedAt.get(), actionMillis);
    }

    /** No bundle but those named changed state; and those that did fired at least {@code expected}. */
    void assertOnlyBundlesChanged(Set<String> symbolicNames, Set<String> expected) {
        List<Event> others = events.stream().filter(e -> !symbolicNames.contains(e.symbolicName())).toList();
        assertEquals("bundles other than " + symbolicNames + " changed state", List.of(), others);
        Set<String> fired = Set.copyOf(events.stream().map(Event::type).toList());
        assertTrue("expected events " + expected + " among " + events, fired.containsAll(expected));
    }

    /** The ids of the bundles that fired events. */
    Set<Long> bundleIds() {
        return Set.copyOf(events.stream().map(Event::bundleId).toList());
    }

    void assertNoBundleChanged() {
        assertEquals("bundle events", List.of(), events);
    }

    private static String type(int type) {
        return EVENT_TYPES.getOrDefault(type, "EVENT " + type);
    }

    /** BundleEvent's constants by value: INSTALLED, STARTED, UNRESOLVED … */
    private static Map<Integer, String> eventTypes() {
        Map<Integer, String> names = new HashMap<>();
        for (Field field : BundleEvent.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class) {
                try {
                    names.put(field.getInt(null), field.getName());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Map.copyOf(names);
    }
}
