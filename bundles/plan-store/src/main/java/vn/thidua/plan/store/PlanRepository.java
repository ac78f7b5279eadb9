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

    /** Stores a new plan at version 1 and records a {@link RevisionAction#CREATED} revision. */
    StoredPlan create(Plan plan, PlanStatus status, String user, String rulePackId);

    /** The plan with this id, live or soft-deleted. */
    Optional<StoredPlan> find(String id);

    /** The plan as it was at {@code version}, from its revisions. */
    Optional<StoredPlan> find(String id, long version);

    /**
     * Replaces a live plan if it is still at {@code expectedVersion}.
     *
     * @param status the plan's new status, or {@code null} to keep the one it has
     * @throws PlanNotFoundException       if there is no such plan
     * @throws PlanStateConflictException  if the plan is deleted
     * @throws StaleVersionException       if another writer got there first
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

    StoreInfo info();
}
