package vn.thidua.plan.store.jpa.internal;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.thidua.plan.store.PlanRepository;
import vn.thidua.plan.store.status.PlanStatusRules;
import vn.thidua.plan.time.VietnamClock;

/**
 * The plan store in Karaf: on the DataSource pax-jdbc-config registers and the persistence unit
 * {@code thidua} Aries JPA builds on it, it migrates the schema, reads what the health check tells of
 * the database (once per start), and registers the {@link PlanRepository}.
 *
 * <p>It registers the repository itself rather than through Declarative Services because of the
 * first start of an empty database: the example plans are loaded first, on a thread of their own,
 * which may wait (bounded) for their rule packs, and a caller that sees the repository sees them in.
 * Any other start registers it at once. Its configuration or its database changing restarts it.
 */
@Component(service = {}, immediate = true, configurationPid = PlanStoreComponent.PID)
@Designate(ocd = StoreConfig.class)
// Declarative Services would declare the service it registers; registered by hand, it is declared here.
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=vn.thidua.plan.store.PlanRepository",
        uses = PlanRepository.class)
public final class PlanStoreComponent {

    static final String PID = "vn.thidua.plan.store";

    private static final Logger LOG = LoggerFactory.getLogger(PlanStoreComponent.class);

    private final BundleContext context;
    private final JpaPlanRepository repository;
    private final ExecutorService firstStart = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "thidua-plan-store-examples");
        thread.setDaemon(true);
        return thread;
    });
    private ServiceRegistration<PlanRepository> registration;
    private boolean deactivated;

    @Activate
    public PlanStoreComponent(BundleContext context,
            @Reference(target = "(osgi.jndi.service.name=thidua)") DataSource dataSource,
            @Reference(target = "(osgi.unit.name=thidua)") EntityManagerFactory factory,
            @Reference PlanStatusRules statusRules,
            @Reference VietnamClock clock,
            StoreConfig config) {
        this.context = context;
        String schema = new SchemaMigrator(dataSource).migrate();
        DatabaseFacts facts = DatabaseFacts.read(dataSource, schema);
        this.repository = new JpaPlanRepository(dataSource, factory, clock, statusRules,
                facts);
        LOG.info("Plan store on {} ({}), schema {}", facts.database(), facts.url(), schema);
        ExampleLoader examples = new ExampleLoader(repository, statusRules);
        if (config.loadExamples() && examples.databaseEmpty()) {
            Duration wait = Duration.ofSeconds(Math.max(0, config.examplesWaitSeconds()));
            firstStart.execute(() -> loadThenRegister(examples, wait));
        } else {
            register();
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        firstStart.shutdownNow();
        synchronized (this) {
            deactivated = true;
            if (registration != null) {
                registration.unregister();
                registration = null;
            }
        }
        // A loading interrupted mid-way stops between two plans: what it stored is committed, the rest
        // never is, and the next start finds plans and loads none (as after any start).
        firstStart.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void loadThenRegister(ExampleLoader examples, Duration wait) {
        try (PackArrivals arrivals = new PackArrivals(context)) {
            new ExampleLoading(examples, exampleFiles(context.getBundle()), arrivals.changes(), wait).run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException e) {
            LOG.error("The example plans could not be loaded; the plan store runs without them", e);
        }
        register();
    }

    private synchronized void register() {
        if (!deactivated) {
            registration = context.registerService(PlanRepository.class, repository, null);
        }
    }

    /** {@code examples/*.json} of this bundle, by name. */
    private static List<URL> exampleFiles(Bundle bundle) {
        Enumeration<URL> found = bundle.findEntries("examples", "*.json", false);
        List<URL> files = found == null ? new ArrayList<>() : Collections.list(found);
        files.sort(Comparator.comparing(URL::getPath));
        return files;
    }
}
