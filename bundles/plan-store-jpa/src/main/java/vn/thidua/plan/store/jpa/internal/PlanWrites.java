package vn.thidua.plan.store.jpa.internal;

import static vn.thidua.plan.store.jpa.internal.Checks.knownProvince;
import static vn.thidua.plan.store.jpa.internal.Checks.notFound;
import static vn.thidua.plan.store.jpa.internal.Checks.required;
import static vn.thidua.plan.store.jpa.internal.Checks.rulePack;
import static vn.thidua.plan.store.jpa.internal.Checks.who;

import java.time.Instant;
import java.util.UUID;

import javax.persistence.EntityManager;

import vn.thidua.plan.province.ProvinceLineage;
import vn.thidua.plan.DocumentNumber;
import vn.thidua.plan.Plan;
import vn.thidua.plan.json.PlanJson;
import vn.thidua.plan.store.InvalidRequestException;
import vn.thidua.plan.store.PlanStateConflictException;
import vn.thidua.plan.store.PlanStatus;
import vn.thidua.plan.store.RevisionAction;
import vn.thidua.plan.store.StaleVersionException;
import vn.thidua.plan.store.StoreUnavailableException;
import vn.thidua.plan.store.StoredPlan;
import vn.thidua.plan.store.status.PlanStatusRules;

/**
 * Every change of a plan itself: create, replace, soft delete, restore. Each bumps the version
 * under optimistic locking and records a revision in the same transaction; create and replace
 * admit the status through the status rules first, so no caller can store a status the plan has
 * not earned.
 */
final class PlanWrites {

    private final Transactions transactions;
    private final StoreTime time;
    private final PlanStatusRules statusRules;
    private final TaskProgress tasks;
    private final ProvinceLineage provinces;
    private final PlanJson json = new PlanJson();

    PlanWrites(Transactions transactions, StoreTime time, PlanStatusRules statusRules, TaskProgress tasks,
            ProvinceLineage provinces) {
        this.provinces = provinces;
        this.transactions = transactions;
        this.time = time;
        this.statusRules = statusRules;
        this.tasks = tasks;
    }

    StoredPlan create(Plan plan, PlanStatus status, String user, String rulePackId) {
        required(plan, "plan");
        required(status, "status");
        knownProvince(plan, provinces);
        String by = who(user);
        String pack = admit(plan, status, rulePack(rulePackId));
        String body = json.write(plan);
        Instant now = time.now();
        PlanEntity entity = new PlanEntity(UUID.randomUUID().toString());
        entity.version = 1;
        entity.createdAt = now;
        entity.createdBy = by;
        write(entity, plan, body, status, pack, now, by);
        return transactions.write(em -> {
            em.persist(entity);
            em.persist(new RevisionEntity(entity, RevisionAction.CREATED));
            tasks.add(em, entity.id, plan);
            em.flush();
            return entity.stored(plan);
        });
    }

    StoredPlan replace(String id, long expectedVersion, Plan plan, PlanStatus status, String user, String rulePackId) {
        required(plan, "plan");
        knownProvince(plan, provinces);
        String by = who(user);
        String given = rulePack(rulePackId);
        String body = json.write(plan);
        return change(id, expectedVersion, RevisionAction.REPLACED, (em, entity) -> {
            // After the plan is found live at that version: a stale writer first learns that it is stale.
            PlanStatus next = status == null ? entity.status : status;
            write(entity, plan, body, next, admit(plan, next, given), time.now(), by);
            tasks.sync(em, id, plan);
            return plan;
        });
    }

    StoredPlan delete(String id, long expectedVersion, String user) {
        String by = who(user);
        return change(id, expectedVersion, RevisionAction.DELETED, (em, entity) -> {
            entity.deletedAt = time.now();
            entity.updatedAt = entity.deletedAt;
            entity.updatedBy = by;
            return json.read(entity.body);
        });
    }

    StoredPlan restore(String id, String user) {
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
            entity.updatedAt = time.now();
            entity.updatedBy = by;
            return json.read(entity.body);
        });
    }

    /**
     * The pack to record: for a DRAFT the one given (it was drafted from it), else the one the status
     * rules validated the plan with, which a given one must name.
     */
    private String admit(Plan plan, PlanStatus status, String given) {
        String validatedWith = statusRules.admit(plan, status);
        if (validatedWith == null) {
            return given;
        }
        if (given != null && !given.equals(validatedWith)) {
            throw new InvalidRequestException("rulePackId", "rulePackId " + given + " is not the rule pack in force for"
                    + " this plan, " + validatedWith + ": leave it out, the store records the pack it validated the plan with");
        }
        return validatedWith;
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
                return entity.stored(plan);
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

    private static void write(PlanEntity entity, Plan plan, String body, PlanStatus status, String rulePackId,
            Instant at, String by) {
        entity.status = status;
        entity.provinceCode = plan.province().code();
        entity.year = plan.year();
        entity.issuerKind = plan.issuer().kind();
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
}
