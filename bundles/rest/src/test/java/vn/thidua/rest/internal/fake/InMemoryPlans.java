package vn.thidua.rest.internal.fake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import vn.thidua.plan.Plan;
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
import vn.thidua.plan.store.StoredPlan;
import vn.thidua.plan.store.TaskQuery;
import vn.thidua.plan.store.TaskStatus;
import vn.thidua.plan.store.TrackedTask;
import vn.thidua.plan.store.status.PlanStatusRules;

/**
 * A plan store in memory, keeping the repository's contract (versions, soft delete, history) for the
 * facade's tests, and failing as the real one does: {@link PlanNotFoundException} for an unknown id,
 * {@link PlanStateConflictException} to change a deleted plan or restore a live one, {@code unknown}
 * for a change by nobody; and keeping the status rules it is given (the store's own), after the checks
 * of the plan and its version, recording the pack they validated with.
 */
public final class InMemoryPlans implements PlanRepository {

    private final PlanStatusRules statusRules;

    public InMemoryPlans(PlanStatusRules statusRules) {
        this.statusRules = statusRules;
    }

    private final Map<String, List<StoredPlan>> plans = new LinkedHashMap<>();
    private final Map<String, TaskStatus> taskStatus = new LinkedHashMap<>();
    private final Map<String, RevisionAction> actions = new LinkedHashMap<>();

    public synchronized int size() {
        return plans.size();
    }

    @Override
    public synchronized StoredPlan create(Plan plan, PlanStatus status, String user, String rulePackId) {
        String pack = Optional.ofNullable(statusRules.admit(plan, status)).orElse(rulePackId);
        String id = UUID.randomUUID().toString();
        StoredPlan stored = new StoredPlan(id, 1, status, plan, pack, Instant.EPOCH, who(user), Instant.EPOCH, who(user), null);
        plans.put(id, new ArrayList<>(List.of(stored)));
        return stored;
    }

    @Override
    public synchronized Optional<StoredPlan> find(String id) {
        List<StoredPlan> versions = plans.get(id);
        return versions == null ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    @Override
    public synchronized Optional<StoredPlan> find(String id, long version) {
        return plans.getOrDefault(id, List.of()).stream().filter(p -> p.version() == version).findFirst();
    }

    @Override
    public synchronized StoredPlan replace(String id, long expectedVersion, Plan plan, PlanStatus status, String user, String rulePackId) {
        StoredPlan current = live(id);
        check(current, expectedVersion);
        PlanStatus next = status == null ? current.status() : status;
        String pack = Optional.ofNullable(statusRules.admit(plan, next)).orElse(rulePackId);
        return save(new StoredPlan(id, current.version() + 1, next, plan, pack, current.createdAt(), current.createdBy(),
                Instant.EPOCH, who(user), null), RevisionAction.REPLACED);
    }

    @Override
    public synchronized StoredPlan delete(String id, long expectedVersion, String user) {
        StoredPlan current = live(id);
        check(current, expectedVersion);
        return save(new StoredPlan(id, current.version() + 1, current.status(), current.plan(), current.rulePackId(),
                current.createdAt(), current.createdBy(), Instant.EPOCH, who(user), Instant.EPOCH), RevisionAction.DELETED);
    }

    @Override
    public synchronized StoredPlan restore(String id, String user) {
        StoredPlan current = find(id).orElseThrow(() -> new PlanNotFoundException("no plan " + id));
        if (!current.deleted()) {
            throw PlanStateConflictException.notDeleted(id);
        }
        return save(new StoredPlan(id, current.version() + 1, current.status(), current.plan(), current.rulePackId(),
                current.createdAt(), current.createdBy(), Instant.EPOCH, who(user), null), RevisionAction.RESTORED);
    }

    @Override
    public synchronized List<Revision> history(String id) {
        if (!plans.containsKey(id)) {
            throw new PlanNotFoundException("No plan " + id);
        }
        List<Revision> history = new ArrayList<>();
        for (StoredPlan p : plans.get(id)) {
            RevisionAction action = actions.getOrDefault(id + "@" + p.version(), RevisionAction.CREATED);
            history.add(new Revision(p.version(), action, p.updatedAt(), p.updatedBy(), p.status(), p.rulePackId()));
        }
        return history;
    }

    @Override
    public synchronized Page<PlanSummary> list(PlanQuery query) {
        List<PlanSummary> all = new ArrayList<>();
        for (String id : plans.keySet()) {
            StoredPlan p = find(id).orElseThrow();
            if (p.deleted() == query.deleted() && (query.provinceCode() == null || query.provinceCode().equals(p.plan().province().code()))
                    && (query.year() == null || query.year() == p.plan().year()) && (query.status() == null || query.status() == p.status())
                    && (query.issuer() == null || query.issuer() == p.plan().issuer().kind())) {
                all.add(new PlanSummary(id, p.version(), p.status(), p.plan().province().code(), p.plan().year(),
                        p.plan().number() == null ? null : p.plan().number().text(), p.plan().summary(), p.updatedAt(), p.deletedAt()));
            }
        }
        int from = Math.min(query.offset(), all.size());
        return new Page<>(all.subList(from, Math.min(all.size(), from + query.limit())), all.size(), query.offset(), query.limit());
    }

    @Override
    public synchronized List<TrackedTask> tasks(String planId) {
        StoredPlan p = find(planId).orElseThrow(() -> new PlanNotFoundException("no plan " + planId));
        List<TrackedTask> tasks = new ArrayList<>();
        for (int i = 0; i < p.plan().tasks().size(); i++) {
            tasks.add(task(p, i + 1));
        }
        return tasks;
    }

    @Override
    public synchronized Page<TrackedTask> tasks(TaskQuery query) {
        List<TrackedTask> all = new ArrayList<>();
        for (String id : plans.keySet()) {
            if (!find(id).orElseThrow().deleted()) {
                tasks(id).stream().filter(t -> query.status() == null || t.status() == query.status())
                        .filter(t -> query.provinceCode() == null || query.provinceCode().equals(t.provinceCode()))
                        .forEach(all::add);
            }
        }
        int from = Math.min(query.offset(), all.size());
        return new Page<>(all.subList(from, Math.min(all.size(), from + query.limit())), all.size(), query.offset(), query.limit());
    }

    @Override
    public synchronized TrackedTask updateTask(String planId, int number, TaskStatus status, LocalDate completedOn, String user) {
        StoredPlan p = live(planId);
        if (number > p.plan().tasks().size()) {
            throw new PlanNotFoundException("plan " + planId + " has no task " + number);
        }
        if ((status == TaskStatus.DONE) != (completedOn != null)) {
            throw new InvalidRequestException("completedOn", "completedOn goes with DONE, and only with DONE");
        }
        taskStatus.put(planId + "#" + number, status);
        return task(p, number);
    }

    @Override
    public StoreInfo info() {
        return new StoreInfo("Memory 1", "mem:", "1");
    }

    private TrackedTask task(StoredPlan p, int number) {
        return new TrackedTask(p.id(), number, "/tasks/" + (number - 1), p.plan().tasks().get(number - 1).content(), null,
                taskStatus.getOrDefault(p.id() + "#" + number, TaskStatus.NOT_STARTED), null, false,
                p.plan().province().code(), p.plan().year());
    }

    private StoredPlan live(String id) {
        StoredPlan current = find(id).orElseThrow(() -> new PlanNotFoundException("no plan " + id));
        if (current.deleted()) {
            throw PlanStateConflictException.deleted(id);
        }
        return current;
    }

    private static void check(StoredPlan current, long expected) {
        if (current.version() != expected) {
            throw new StaleVersionException(current.id(), expected, current.version());
        }
    }

    private StoredPlan save(StoredPlan next, RevisionAction action) {
        plans.get(next.id()).add(next);
        actions.put(next.id() + "@" + next.version(), action);
        return next;
    }

    private static String who(String user) {
        return user == null || user.isBlank() ? "unknown" : user;
    }
}
