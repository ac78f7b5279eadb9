package vn.thidua.plan.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import vn.thidua.plan.Plan;

/**
 * The plans a board keeps. Every method that returns normally has committed its change durably;
 * one that throws has changed nothing, and throws a {@link StoreException} that says why (a database
 * failure is a {@link StoreUnavailableException}).
 */
@ProviderType
public interface PlanRepository {

    /**
     * Stores a new plan at version 1 and records a {@link RevisionAction#CREATED} revision. The
     * status is admitted by the status rules ({@link vn.thidua.plan.store.status.PlanStatusRules}):
     * VALIDATED and ISSUED only with zero errors from the rule pack in force, whose id is recorded.
     *
     * @param rulePackId for a DRAFT, the pack it was drafted from, or {@code null}; for VALIDATED or
     *                   ISSUED, {@code null} or the id of the pack in force (the store records the pack
     *                   that validated the plan, and refuses another)
     * @throws vn.thidua.plan.store.status.StatusRefusedException if the plan cannot have that status
     */
    StoredPlan create(Plan plan, PlanStatus status, String user, String rulePackId);

    /** The plan with this id, live or soft-deleted. */
    Optional<StoredPlan> find(String id);

    /** The plan as it was at {@code version}, from its revisions. */
    Optional<StoredPlan> find(String id, long version);

    /**
     * Replaces a live plan if it is still at {@code expectedVersion}.
     *
     * @param status     the plan's new status, or {@code null} to keep the one it has; admitted by the
     *                   status rules as for {@link #create}, after the checks below
     * @param rulePackId as for {@link #create}
     * @throws PlanNotFoundException       if there is no such plan
     * @throws PlanStateConflictException  if the plan is deleted
     * @throws StaleVersionException       if another writer got there first
     * @throws vn.thidua.plan.store.status.StatusRefusedException if the plan cannot have that status
     */
    StoredPlan replace(String id, long expectedVersion, Plan plan, PlanStatus status, String user, String rulePackId);

    /**
     * Soft-deletes a live plan: it leaves the listings and can be restored.
     *
     * @throws PlanStateConflictException if it is deleted already
     */
    StoredPlan delete(String id, long expectedVersion, String user);

    /**
     * Brings a soft-deleted plan back.
     *
     * @throws PlanStateConflictException if it is not deleted
     */
    StoredPlan restore(String id, String user);

    /** Every revision of the plan, oldest first. */
    List<Revision> history(String id);

    Page<PlanSummary> list(PlanQuery query);

    /** The tasks of one plan with their progress, in reading order. */
    List<TrackedTask> tasks(String planId);

    /** Tasks across live plans, by deadline then plan then number. */
    Page<TrackedTask> tasks(TaskQuery query);

    /**
     * Sets a task's progress without touching the plan or its version.
     *
     * @param completedOn required with {@link TaskStatus#DONE}, refused otherwise; not in the future
     * @throws InvalidRequestException naming {@code status} or {@code completedOn} when they do not fit
     * @throws PlanStateConflictException if the plan is deleted
     */
    TrackedTask updateTask(String planId, int number, TaskStatus status, LocalDate completedOn, String user);

    /**
     * What the store knows of its database, for a health check: read when the store started, answered
     * without a query (at most a connection's {@code isValid}).
     *
     * @throws StoreUnavailableException if the database does not answer
     */
    StoreInfo info();
}
