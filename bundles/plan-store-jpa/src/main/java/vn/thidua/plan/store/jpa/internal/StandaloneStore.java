package vn.thidua.plan.store.jpa.internal;

import java.time.Clock;
import java.util.Map;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import javax.sql.DataSource;

import vn.thidua.plan.province.ProvinceLineage;
import vn.thidua.plan.store.PlanRepository;
import vn.thidua.plan.store.jpa.internal.status.RulePackStatusRules;
import vn.thidua.plan.store.status.PlanStatusRules;
import vn.thidua.plan.time.VietnamClock;

/**
 * The plan store outside OSGi, for the tests and the benchmark: the same migrations, persistence
 * unit, entities and repository as in Karaf, with Hibernate bootstrapped directly on a DataSource.
 */
public final class StandaloneStore implements AutoCloseable {

    private final EntityManagerFactory factory;
    private final JpaPlanRepository repository;

    private StandaloneStore(EntityManagerFactory factory, JpaPlanRepository repository) {
        this.factory = factory;
        this.repository = repository;
    }

    /** Migrates the schema of {@code dataSource}, then opens the store on it with no rule packs: only drafts pass. */
    public static StandaloneStore open(DataSource dataSource, Clock clock) {
        return open(dataSource, clock, new RulePackStatusRules(null));
    }

    /** Migrates the schema of {@code dataSource}, then opens the store on it, keeping these status rules. */
    public static StandaloneStore open(DataSource dataSource, Clock clock, PlanStatusRules statusRules) {
        return open(dataSource, clock, statusRules, ProvinceLineage.standard());
    }

    /** As {@link #open(DataSource, Clock, PlanStatusRules)}, with the province map writes and listings use. */
    public static StandaloneStore open(DataSource dataSource, Clock clock, PlanStatusRules statusRules,
            ProvinceLineage provinces) {
        String schema = new SchemaMigrator(dataSource).migrate();
        EntityManagerFactory factory = factory(dataSource);
        return new StandaloneStore(factory, new JpaPlanRepository(dataSource, factory, VietnamClock.of(clock), statusRules,
                DatabaseFacts.read(dataSource, schema), provinces));
    }

    /** The persistence unit {@code thidua} on {@code dataSource}, with Hibernate. */
    static EntityManagerFactory factory(DataSource dataSource) {
        return Persistence.createEntityManagerFactory("thidua", Map.of("javax.persistence.nonJtaDataSource", dataSource));
    }

    public PlanRepository repository() {
        return repository;
    }

    JpaPlanRepository jpaRepository() {
        return repository;
    }

    @Override
    public void close() {
        factory.close();
    }
}
