package vn.thidua.plan.store.jpa.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.TypedQuery;
import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.thidua.plan.DocumentNumber;
import vn.thidua.plan.Plan;
import vn.thidua.plan.json.PlanJson;
import vn.thidua.plan.store.InvalidRequestException;
import vn.thidua.plan.store.Page;
import vn.thidua.plan.store.PlanNotFoundException;
import vn.thidua.plan.store.PlanQuery;
import vn.thidua.plan.store.PlanRepository;
import vn.thidua.plan.store.PlanStateConflictException;
import vn.thidua.plan.store.PlanStatus;
import vn.thidua.plan.store.PlanSummary;
import vn.thidua.plan.store.Revision;
import vn.thidua.plan.store.RevisionAction;
import vn.thidua.plan.store.StaleVersionException;
import vn.thidua.plan.store.StoreInfo;
import vn.thidua.plan.store.StoreUnavailableException;
import vn.thidua.plan.store.StoredPlan;
import vn.thidua.plan.store.TaskQuery;
import vn.thidua.plan.store.TaskStatus;
import vn.thidua.plan.store.TrackedTask;

/**
 * The plan repository on JPA. In Karaf the persistence unit {@code thidua} comes from Aries JPA
 * (Hibernate) and the DataSource from pax-jdbc-config; on activation the schema is migrated and,
 * in an empty database, the example plans are loaded.
 */
@Component(service = PlanRepository.class, configurationPid = JpaPlanRepository.PID)
@Designate(ocd = StoreConfig.class)
public class JpaPlanRepository implements PlanRepository {

    static final String PID = "vn.thidua.plan.store";

    /** Recorded as the author of a change when the caller names nobody. */
    static final String UNKNOWN_USER = "unknown";

    private static final int MAX_NAME = 200;
    private static final Logger LOG = LoggerFactory.getLogger(JpaPlanRepository.class);

    private final DataSource dataSource;
    private final Transactions transactions;
    private final SchemaMigrator migrator;
    private final Clock clock;
    private final PlanJson json = new PlanJson();

    @Activate
    public JpaPlanRepository(
            @Reference(target = "(osgi.jndi.service.name=thidua)") DataSource dataSource,
            @Reference(target = "(osgi.unit.name=thidua)") EntityManagerFactory factory,
            StoreConfig config) {
        this(dataSource, factory, Clock.system(ZoneId.of(config.zone())));
        String schema = migrator.migrate();
        LOG.info("Plan store on {} ({}), schema {}", info().database(), info().url(), schema);
        if (config.loadExamples()) {
            new ExampleLoader(this, json).loadIfEmpty(examplesFolder(config.examplesFolder()));
        }
    }

    /** Outside OSGi (tests, benchmark): the schema must have been migrated already ({@link StandaloneStore}). */
    JpaPlanRepository(DataSource dataSource, EntityManagerFactory factory, Clock clock) {
        this.dataSource = dataSource;
        this.transactions = new Transactions(factory);
        this.migrator = new SchemaMigrator(dataSource);
        this.clock = clock;
    }

    @Override
    public StoredPlan create(Plan plan, PlanStatus status, String user, String rulePackId) {
        required(plan, "plan");
        required(status, "status");
        String by = who(user);
        String pack = rulePack(rulePackId);
        String body = json.write(plan);
        Instant now = now();
        PlanEntity entity = new PlanEntity(UUID.randomUUID().toString());
        entity.version = 1;
        entity.createdAt = now;
        entity.createdBy = by;
        write(entity, plan, body, status, pack, now, by);
        return transactions.write(em -> {
            em.persist(entity);
            em.persist(new RevisionEntity(entity, RevisionAction.CREATED));
            for (PlanTasks.Entry task : PlanTasks.of(plan)) {
                em.persist(new TaskEntity(entity.id, task));
            }
            em.flush();
            return stored(entity, plan);
        });
    }

    @Override
    public Optional<StoredPlan> find(String id) {
        return transactions.read(em -> Optional.ofNullable(em.find(PlanEntity.class, id)).map(this::stored));
    }

    @Override
    public Optional<StoredPlan> find(String id, long version) {
        return transactions.read(em -> {
            PlanEntity current = em.find(PlanEntity.class, id);
            RevisionEntity revision = em.find(RevisionEntity.class, new PartKey(id, version));
            if (current == null || revision == null) {
                return Optional.empty();
            }
            Instant deletedAt = revision.action == RevisionAction.DELETED ? revision.at : null;
            return Optional.of(new StoredPlan(id, revision.part, revision.status, json.read(revision.body),
                    revision.rulePackId, current.createdAt, current.createdBy, revision.at, revision.by, deletedAt));
        });
    }

    @Override
    public StoredPlan replace(String id, long expectedVersion, Plan plan, PlanStatus status, String user,
            String rulePackId) {
        required(plan, "plan");
        String by = who(user);
        String pack = rulePack(rulePackId);
        String body = json.write(plan);
        return change(id, expectedVersion, RevisionAction.REPLACED, (em, entity) -> {
            write(entity, plan, body, status == null ? entity.status : status, pack, now(), by);
            syncTasks(em, id, plan);
            return plan;
        });
    }

    @Override
    public StoredPlan delete(String id, long expectedVersion, String user) {
        String by = who(user);
        return change(id, expectedVersion, RevisionAction.DELETED, (em, entity) -> {
            entity.deletedAt = now();
            entity.updatedAt = entity.deletedAt;
            entity.updatedBy = by;
            return json.read(entity.body);
        });
    }

    @Override
    public StoredPlan restore(String id, String user) {
        String by = who(user);
        long version = transactions.read(em -> {
            PlanEntity entity = em.find(PlanEntity.class, id);
            if (entity == null) {
                throw notFound(id);
            }
            if (entity.deletedAt == null) {
                throw PlanStateConflictException.notDeleted(id);
            }
            return entity.version;
        });
        return change(id, version, RevisionAction.RESTORED, (em, entity) -> {
            entity.deletedAt = null;
            entity.updatedAt = now();
            entity.updatedBy = by;
            return json.read(entity.body);
        });
    }

    /** What a change does to the plan's row (and any other); returns the plan as it is after it. */
    private interface Change {
        Plan apply(EntityManager em, PlanEntity entity);
    }

    /**
     * Applies a change to the plan if it is at {@code expectedVersion}, bumps the version (the
     * {@code @Version} check makes a concurrent writer fail) and records the revision, in one transaction.
     */
    private StoredPlan change(String id, long expectedVersion, RevisionAction action, Change change) {
        try {
            return transactions.write(em -> {
                PlanEntity entity = em.find(PlanEntity.class, id);
                if (entity == null) {
                    throw notFound(id);
                }
                boolean mustBeDeleted = action == RevisionAction.RESTORED;
                if ((entity.deletedAt != null) != mustBeDeleted) {
                    throw mustBeDeleted ? PlanStateConflictException.notDeleted(id) : PlanStateConflictException.deleted(id);
                }
                if (entity.version != expectedVersion) {
                    throw new StaleVersionException(id, expectedVersion, entity.version);
                }
                Plan plan = change.apply(em, entity);
                em.flush(); // the update runs here, with "where version = expectedVersion"
                em.persist(new RevisionEntity(entity, action));
                em.flush();
                return stored(entity, plan);
            });
        } catch (StoreUnavailableException e) {
            // Another writer changed the plan between our read and our update (or took the revision's
            // version first); anything else is a database failure. Either way nothing was committed.
            long actual = versionAfterFailure(id, expectedVersion);
            if (actual != expectedVersion) {
                throw new StaleVersionException(id, expectedVersion, actual);
            }
            throw new StoreUnavailableException("Plan " + id + " was not saved: " + e.getMessage(), e.getCause());
        }
    }

    /** The plan's version now, or {@code expected} when the database cannot tell (it is failing: no race to report). */
    private long versionAfterFailure(String id, long expected) {
        try {
            return transactions.read(em -> {
                PlanEntity now = em.find(PlanEntity.class, id);
                return now == null ? expected : now.version;
            });
        } catch (StoreUnavailableException stillFailing) {
            return expected;
        }
    }

    @Override
    public List<Revision> history(String id) {
        return transactions.read(em -> {
            if (em.find(PlanEntity.class, id) == null) {
                throw notFound(id);
            }
            return em.createQuery("select r from Revision r where r.planId = :id order by r.part", RevisionEntity.class)
                    .setParameter("id", id)
                    .getResultStream()
                    .map(r -> new Revision(r.part, r.action, r.at, r.by, r.status, r.rulePackId))
                    .toList();
        });
    }

    @Override
    public Page<PlanSummary> list(PlanQuery query) {
        required(query, "query");
        Where where = new Where();
        where.add(query.deleted() ? "p.deletedAt is not null" : "p.deletedAt is null");
        where.add("p.provinceCode = :province", "province", query.provinceCode());
        where.add("p.year = :year", "year", query.year());
        where.add("p.status = :status", "status", query.status());
        if (query.text() != null) {
            List<String> words = SearchText.words(query.text());
            for (int i = 0; i < words.size(); i++) {
                where.add("p.searchText like :w" + i + " escape '!'", "w" + i, "%" + escapeLike(words.get(i)) + "%");
            }
        }
        return transactions.read(em -> {
            long total = where.apply(em.createQuery("select count(p) from Plan p" + where, Long.class)).getSingleResult();
            // The summary's columns only: a plan's body (tens of kB, compressed apart by PostgreSQL) is not read.
            List<PlanSummary> items = where.apply(em.createQuery("select p.id, p.version, p.status, p.provinceCode,"
                    + " p.year, p.number, p.title, p.updatedAt, p.deletedAt from Plan p" + where
                    + " order by p.year desc, p.provinceCode, p.title, p.id", Object[].class))
                    .setFirstResult(query.offset())
                    .setMaxResults(query.limit())
                    .getResultStream()
                    .map(JpaPlanRepository::summary)
                    .toList();
            return new Page<>(items, total, query.offset(), query.limit());
        });
    }

    @Override
    public List<TrackedTask> tasks(String planId) {
        LocalDate today = today();
        return transactions.read(em -> {
            PlanEntity plan = em.find(PlanEntity.class, planId);
            if (plan == null) {
                throw notFound(planId);
            }
            return em.createQuery("select t from Task t where t.planId = :id order by t.part", TaskEntity.class)
                    .setParameter("id", planId)
                    .getResultStream()
                    .map(t -> tracked(t, plan.provinceCode, plan.year, today))
                    .toList();
        });
    }

    @Override
    public Page<TrackedTask> tasks(TaskQuery query) {
        required(query, "query");
        LocalDate today = today();
        Where where = new Where();
        where.add("t.planId = p.id");
        where.add("p.deletedAt is null");
        where.add("p.provinceCode = :province", "province", query.provinceCode());
        where.add("t.deadline <= :dueBefore", "dueBefore", query.dueBefore());
        where.add("t.status = :status", "status", query.status());
        if (query.late() != null) {
            String late = "(t.deadline is not null and t.deadline < :today and t.status <> :done)";
            where.add(query.late() ? late : "not " + late, "today", today);
            where.parameters.put("done", TaskStatus.DONE);
        }
        return transactions.read(em -> {
            long total = where.apply(em.createQuery("select count(t) from Task t, Plan p" + where, Long.class))
                    .getSingleResult();
            List<TrackedTask> items = where.apply(em.createQuery(
                    "select t, p.provinceCode, p.year from Task t, Plan p" + where
                            // Tasks without a deadline last; written so that the index on (deadline, plan, number) gives this order.
                            + " order by t.deadline asc nulls last, t.planId, t.part",
                    Object[].class))
                    .setFirstResult(query.offset())
                    .setMaxResults(query.limit())
                    .getResultStream()
                    .map(row -> tracked((TaskEntity) row[0], (String) row[1], (Integer) row[2], today))
                    .toList();
            return new Page<>(items, total, query.offset(), query.limit());
        });
    }

    @Override
    public TrackedTask updateTask(String planId, int number, TaskStatus status, LocalDate completedOn, String user) {
        required(status, "status");
        LocalDate today = today();
        if (status == TaskStatus.DONE && completedOn == null) {
            throw new InvalidRequestException("completedOn", "completedOn is required when status is DONE");
        }
        if (status != TaskStatus.DONE && completedOn != null) {
            throw new InvalidRequestException("completedOn",
                    "completedOn is only for a DONE task, status was " + status + " with completedOn " + completedOn);
        }
        if (completedOn != null && completedOn.isAfter(today)) {
            throw new InvalidRequestException("completedOn",
                    "completedOn " + completedOn + " is in the future (today is " + today + ")");
        }
        String by = who(user);
        return transactions.write(em -> {
            PlanEntity plan = em.find(PlanEntity.class, planId);
            if (plan == null) {
                throw notFound(planId);
            }
            if (plan.deletedAt != null) {
                throw PlanStateConflictException.deleted(planId);
            }
            TaskEntity task = em.find(TaskEntity.class, new PartKey(planId, number));
            if (task == null) {
                long count = em.createQuery("select count(t) from Task t where t.planId = :id", Long.class)
                        .setParameter("id", planId).getSingleResult();
                throw new PlanNotFoundException("Plan " + planId + " has no task " + number + ": its tasks are numbered 1 to "
                        + count);
            }
            task.status = status;
            task.completedOn = completedOn;
            task.updatedAt = now();
            task.updatedBy = by;
            em.flush();
            return tracked(task, plan.provinceCode, plan.year, today);
        });
    }

    @Override
    public StoreInfo info() {
        long plans = transactions.read(em -> em.createQuery("select count(p) from Plan p where p.deletedAt is null",
                Long.class).getSingleResult());
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String version = meta.getDatabaseProductVersion().split(" ")[0];
            return new StoreInfo(meta.getDatabaseProductName() + " " + version, withoutCredentials(meta.getURL()),
                    migrator.current(), plans);
        } catch (SQLException e) {
            throw new StoreUnavailableException("The plan store cannot reach its database: " + e.getMessage(), e);
        }
    }

    /** How many plans the database holds, live and deleted. */
    long countAll() {
        return transactions.read(em -> em.createQuery("select count(p) from Plan p", Long.class).getSingleResult());
    }

    private void syncTasks(EntityManager em, String planId, Plan plan) {
        Map<Long, TaskEntity> existing = em.createQuery("select t from Task t where t.planId = :id", TaskEntity.class)
                .setParameter("id", planId)
                .getResultStream()
                .collect(Collectors.toMap(t -> t.part, Function.identity()));
        // Progress stays with the task number: a task that keeps its place keeps its status.
        for (PlanTasks.Entry task : PlanTasks.of(plan)) {
            TaskEntity row = existing.remove((long) task.number());
            if (row == null) {
                em.persist(new TaskEntity(planId, task));
            } else {
                row.describe(task);
            }
        }
        existing.values().forEach(em::remove);
    }

    private static void write(PlanEntity entity, Plan plan, String body, PlanStatus status, String rulePackId,
            Instant at, String by) {
        entity.status = status;
        entity.provinceCode = plan.province().code();
        entity.year = plan.year();
        entity.number = number(plan.number());
        entity.title = plan.summary();
        entity.searchText = SearchText.of(plan);
        entity.body = body;
        entity.rulePackId = rulePackId;
        entity.updatedAt = at;
        entity.updatedBy = by;
    }

    /** {@code 08/KH-TDMNPB}; a draft's blank number gives {@code /KH-KCN}. */
    private static String number(DocumentNumber number) {
        if (number == null) {
            return null;
        }
        return (number.isDraft() ? "" : number.number()) + "/" + number.symbol();
    }

    private StoredPlan stored(PlanEntity entity) {
        return stored(entity, json.read(entity.body));
    }

    private static StoredPlan stored(PlanEntity entity, Plan plan) {
        return new StoredPlan(entity.id, entity.version, entity.status, plan, entity.rulePackId, entity.createdAt,
                entity.createdBy, entity.updatedAt, entity.updatedBy, entity.deletedAt);
    }

    /** A row of the listing's projection, in its order. */
    private static PlanSummary summary(Object[] row) {
        return new PlanSummary((String) row[0], (Long) row[1], (PlanStatus) row[2], (String) row[3], (Integer) row[4],
                (String) row[5], (String) row[6], (Instant) row[7], (Instant) row[8]);
    }

    private static TrackedTask tracked(TaskEntity task, String provinceCode, int year, LocalDate today) {
        boolean late = task.deadline != null && task.deadline.isBefore(today) && task.status != TaskStatus.DONE;
        return new TrackedTask(task.planId, (int) task.part, task.pointer, task.content, task.deadline, task.status,
                task.completedOn, late, provinceCode, year);
    }

    /** Truncated to microseconds: what both databases keep, so a read gives back what was written. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidRequestException(field, field + " is required");
        }
        return value;
    }

    private static String who(String user) {
        if (user == null || user.isBlank()) {
            return UNKNOWN_USER;
        }
        return limited(user.strip(), "user");
    }

    private static String rulePack(String rulePackId) {
        return rulePackId == null || rulePackId.isBlank() ? null : limited(rulePackId.strip(), "rulePackId");
    }

    private static String limited(String value, String field) {
        if (value.length() > MAX_NAME) {
            throw new InvalidRequestException(field, field + " must be at most " + MAX_NAME + " characters, was "
                    + value.length());
        }
        return value;
    }

    private static PlanNotFoundException notFound(String id) {
        return new PlanNotFoundException("No plan " + id);
    }

    private static String escapeLike(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** A JDBC URL without user or password in it: no query string, no {@code ;USER=}/{@code ;PASSWORD=} setting. */
    static String withoutCredentials(String url) {
        return url == null ? null : url.replaceAll("\\?.*$", "").replaceAll("(?i);(user|password)=[^;]*", "");
    }

    private static Path examplesFolder(String folder) {
        Path path = Path.of(folder);
        String base = System.getProperty("karaf.base");
        return path.isAbsolute() || base == null ? path : Path.of(base).resolve(path);
    }

    /** The where clause of a listing, built from the filters given, with its parameters. */
    private static final class Where {

        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new HashMap<>();

        void add(String condition) {
            conditions.add(condition);
        }

        /** Adds the condition only when the filter has a value. */
        void add(String condition, String name, Object value) {
            if (value != null) {
                conditions.add(condition);
                parameters.put(name, value);
            }
        }

        <Q extends TypedQuery<?>> Q apply(Q query) {
            parameters.forEach(query::setParameter);
            return query;
        }

        @Override
        public String toString() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }
    }
}
