package vn.thidua.plan.store.jpa.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import vn.thidua.plan.Plan;
import vn.thidua.plan.province.ProvinceLineage;
import vn.thidua.plan.store.Page;
import vn.thidua.plan.store.PlanQuery;
import vn.thidua.plan.store.PlanRepository;
import vn.thidua.plan.store.PlanStatus;
import vn.thidua.plan.store.PlanSummary;
import vn.thidua.plan.store.Revision;
import vn.thidua.plan.store.StoreInfo;
import vn.thidua.plan.store.StoreUnavailableException;
import vn.thidua.plan.store.StoredPlan;
import vn.thidua.plan.store.TaskQuery;
import vn.thidua.plan.store.TaskStatus;
import vn.thidua.plan.store.TrackedTask;
import vn.thidua.plan.time.VietnamClock;
import vn.thidua.plan.store.status.PlanStatusRules;

/**
 * The plan repository on JPA, one transaction per call: the changes of plans ({@link PlanWrites},
 * where the status rules are kept), their reads ({@link PlanReads}) and the progress of their tasks
 * ({@link TaskProgress}). In Karaf {@link PlanStoreComponent} makes it on the persistence unit Aries
 * JPA builds; outside, {@link StandaloneStore}.
 */
public final class JpaPlanRepository implements PlanRepository {

    /** Seconds a connection has to prove itself alive to the health check. */
    private static final int VALID_WITHIN_SECONDS = 2;

    private final DataSource dataSource;
    private final DatabaseFacts facts;
    private final PlanWrites writes;
    private final PlanReads reads;
    private final TaskProgress tasks;

    /** The schema must have been migrated already, and {@code facts} read after it. */
    JpaPlanRepository(DataSource dataSource, EntityManagerFactory factory, VietnamClock clock, PlanStatusRules statusRules,
            DatabaseFacts facts) {
        this(dataSource, factory, clock, statusRules, facts, ProvinceLineage.standard());
    }

    /** With the province map that writes check codes against and listings follow for {@code lineage}. */
    JpaPlanRepository(DataSource dataSource, EntityManagerFactory factory, VietnamClock clock, PlanStatusRules statusRules,
            DatabaseFacts facts, ProvinceLineage provinces) {
        this.dataSource = dataSource;
        this.facts = facts;
        Transactions transactions = new Transactions(factory);
        StoreTime time = new StoreTime(clock);
        this.reads = new PlanReads(transactions, provinces);
        this.tasks = new TaskProgress(transactions, time, provinces);
        this.writes = new PlanWrites(transactions, time, statusRules, tasks, provinces);
    }

    @Override
    public StoredPlan create(Plan plan, PlanStatus status, String user, String rulePackId) {
        return writes.create(plan, status, user, rulePackId);
    }

    @Override
    public Optional<StoredPlan> find(String id) {
        return reads.find(id);
    }

    @Override
    public Optional<StoredPlan> find(String id, long version) {
        return reads.find(id, version);
    }

    @Override
    public StoredPlan replace(String id, long expectedVersion, Plan plan, PlanStatus status, String user,
            String rulePackId) {
        return writes.replace(id, expectedVersion, plan, status, user, rulePackId);
    }

    @Override
    public StoredPlan delete(String id, long expectedVersion, String user) {
        return writes.delete(id, expectedVersion, user);
    }

    @Override
    public StoredPlan restore(String id, String user) {
        return writes.restore(id, user);
    }

    @Override
    public List<Revision> history(String id) {
        return reads.history(id);
    }

    @Override
    public Page<PlanSummary> list(PlanQuery query) {
        return reads.list(query);
    }

    @Override
    public List<TrackedTask> tasks(String planId) {
        return tasks.of(planId);
    }

    @Override
    public Page<TrackedTask> tasks(TaskQuery query) {
        return tasks.find(query);
    }

    @Override
    public TrackedTask updateTask(String planId, int number, TaskStatus status, LocalDate completedOn, String user) {
        return tasks.update(planId, number, status, completedOn, user);
    }

    /** What the store read of its database when it started, once a connection proves the database answers. */
    @Override
    public StoreInfo info() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(VALID_WITHIN_SECONDS)) {
                throw new StoreUnavailableException("The plan store's database does not answer", null);
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("The plan store cannot reach its database: " + e.getMessage(), e);
        }
        return new StoreInfo(facts.database(), facts.url(), facts.schemaVersion());
    }

    /** How many plans the database holds, live and deleted. */
    long countAll() {
        return reads.countAll();
    }
}
