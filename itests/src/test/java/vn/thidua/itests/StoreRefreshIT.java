package vn.thidua.itests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.LoggerFactory;

import vn.thidua.plan.store.PlanRepository;

/**
 * The store's API is a bundle of its own that imports nothing of the persistence stack, so a refresh
 * of that stack (Hibernate, Flyway) restarts the store's implementation and never its consumers:
 * every bundle event during the refresh is recorded, the REST facade, the API and the console
 * commands have none, the implementation stops and starts again, and the API answers as before once
 * the repository is back. (Before the split the facade imported the store's API from the bundle that
 * imported Flyway, and restarted with it.)
 *
 * <p>The JPA API bundle ({@code javax.persistence-api}) is left out: Jersey's servlet container
 * imports {@code javax.persistence} (optionally, and Karaf wires it), so refreshing that bundle
 * restarts Jersey and the facade with it, whatever the store does.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class StoreRefreshIT extends RestTestSupport {

    private static final String IMPLEMENTATION = "vn.thidua.plan.store.jpa";
    /** A viewer's API token, so that reading needs nothing of the realm. */
    private static final String TOKEN = "it-refresh-token-for-reading-0123456789";
    private static final String VIEWER = "Bearer " + TOKEN;
    private static final List<String> UNTOUCHED = List.of("vn.thidua.rest", "vn.thidua.plan.store", "vn.thidua.plan.store.shell");

    @Test
    public void refreshingThePersistenceStackRestartsTheStoreAndNotItsConsumers() throws Exception {
        ServiceTracker<PlanRepository, PlanRepository> repositories = new ServiceTracker<>(bundleContext, PlanRepository.class, null);
        repositories.open();
        try {
            assertNotNull("the plan store did not start", repositories.waitForService(SECONDS.toMillis(BOOT_TIMEOUT_SECONDS)));
            HttpResponse<String> before = get("plans", VIEWER);
            assertEquals(before.body(), 200, before.statusCode());
            int listed = json(before).path("total").asInt();
            List<Long> restBefore = List.of(bundle("vn.thidua.rest").getBundleId(), bundle("vn.thidua.rest").getLastModified());

            Set<Bundle> stack = persistenceStack();
            List<String> events = Collections.synchronizedList(new ArrayList<>());
            SynchronousBundleListener recorder = event -> events.add(event.getBundle().getSymbolicName() + " " + type(event));
            bundleContext.addBundleListener(recorder);
            try {
                CountDownLatch refreshed = new CountDownLatch(1);
                bundleContext.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(stack, event -> {
                    if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED) {
                        refreshed.countDown();
                    }
                });
                assertTrue("the refresh did not end within " + BOOT_TIMEOUT_SECONDS + " s", refreshed.await(BOOT_TIMEOUT_SECONDS, SECONDS));
            } finally {
                bundleContext.removeBundleListener(recorder);
            }
            // The repository goes with the implementation and comes back with it.
            assertNotNull("the plan store did not come back", repositories.waitForService(SECONDS.toMillis(BOOT_TIMEOUT_SECONDS)));

            String record = "refreshed " + stack.stream().map(Bundle::getSymbolicName).toList() + "; bundle events: " + events;
            LoggerFactory.getLogger(StoreRefreshIT.class).info("Store refresh: {}", record); // kept in data/log/karaf.log
            assertTrue(record, events.contains(IMPLEMENTATION + " STOPPED") && events.contains(IMPLEMENTATION + " STARTED"));
            for (String consumer : UNTOUCHED) {
                assertTrue(record, events.stream().noneMatch(e -> e.startsWith(consumer + " ")));
                assertEquals(consumer, Bundle.ACTIVE, bundle(consumer).getState());
            }
            assertEquals(restBefore, List.of(bundle("vn.thidua.rest").getBundleId(), bundle("vn.thidua.rest").getLastModified()));
            HttpResponse<String> after = get("plans", VIEWER);
            assertEquals(after.body(), 200, after.statusCode());
            assertEquals(listed, json(after).path("total").asInt());
        } finally {
            repositories.close();
        }
    }

    @Override
    protected List<Option> extraOptions() throws IOException {
        List<Option> options = new ArrayList<>(super.extraOptions());
        options.add(editConfigurationFilePut("etc/vn.thidua.rest.cfg", "token.it-refresh", sha256(TOKEN) + " viewer"));
        return options;
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The bundle the implementation gets Flyway from (found by its wiring, whatever its name), and
     * Hibernate, the JPA provider (a service of Aries JPA's, so no wire of ours leads to it).
     */
    private Set<Bundle> persistenceStack() {
        Set<Bundle> stack = new LinkedHashSet<>();
        BundleWiring wiring = bundle(IMPLEMENTATION).adapt(BundleWiring.class);
        for (BundleWire wire : wiring.getRequiredWires("osgi.wiring.package")) {
            String pkg = (String) wire.getCapability().getAttributes().get("osgi.wiring.package");
            if (pkg.startsWith("org.flywaydb")) {
                stack.add(wire.getProvider().getBundle());
            }
        }
        stack.add(bundle("org.hibernate.orm.core"));
        assertEquals("Flyway and Hibernate: " + stack, 2, stack.size());
        return stack;
    }

    private static String type(BundleEvent event) {
        switch (event.getType()) {
            case BundleEvent.STARTED:
                return "STARTED";
            case BundleEvent.STOPPED:
                return "STOPPED";
            case BundleEvent.RESOLVED:
                return "RESOLVED";
            case BundleEvent.UNRESOLVED:
                return "UNRESOLVED";
            case BundleEvent.STARTING:
                return "STARTING";
            case BundleEvent.STOPPING:
                return "STOPPING";
            case BundleEvent.UPDATED:
                return "UPDATED";
            default:
                return "event " + event.getType();
        }
    }
}
