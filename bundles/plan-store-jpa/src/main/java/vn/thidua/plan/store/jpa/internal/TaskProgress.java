package vn.thidua.plan.store.jpa.internal;

import static vn.thidua.plan.store.jpa.internal.Checks.notFound;
import static vn.thidua.plan.store.jpa.internal.Checks.required;
import static vn.thidua.plan.store.jpa.internal.Checks.who;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import vn.thidua.plan.province.ProvinceLineage;
import vn.thidua.plan.Plan;
import vn.thidua.plan.store.InvalidRequestException;
import vn.thidua.plan.store.Page;
import vn.thidua.plan.store.PlanNotFoundException;
import vn.thidua.plan.store.PlanStateConflictException;
import vn.thidua.plan.store.TaskQuery;
import vn.thidua.plan.store.TaskStatus;
import vn.thidua.plan.store.TrackedTask;

/**
 * The tasks of stored plans, copied out of their bodies, and their progress, which changes here
 * only: never the plan or its version. A replace keeps the progress of each task number.
 */
final class TaskProgress {

    private final Transactions transactions;
    private final StoreTime time;
    private final ProvinceLineage provinces;

    TaskProgress(Transactions transactions, StoreTime time, ProvinceLineage provinces) {
        this.provinces = provinces;
        this.transactions = transactions;
        this.time = time;
    }

    /** The tasks of one plan with their progress, in reading order. */
    List<TrackedTask> of(String planId) {
        LocalDate today = time.today();
        return transactions.read(em -> {
            PlanEntity plan = em.find(PlanEntity.class, planId);
            if (plan == null) {
                throw notFound(planId);
            }
            return em.createQuery("select t from Task t where t.planId = :id order by t.part", TaskEntity.class)
                    .setParameter("id", planId)
                    .getResultStream()
                    .map(t -> t.tracked(plan.provinceCode, plan.year, today))
                    .toList();
        });
    }

    /** Tasks across live plans, by deadline then plan then number. */
    Page<TrackedTask> find(TaskQuery query) {
        required(query, "query");
        LocalDate today = time.today();
        Where where = new Where();
        where.add("t.planId = p.id");
        where.add("p.deletedAt is null");
        where.province("p.provinceCode", query.provinceCode(), query.lineage(), provinces);
        where.add("t.deadline <= :dueBefore", "dueBefore", query.dueBefore());
        where.add("t.status = :status", "status", query.status());
        if (query.late() != null) {
            String late = "(t.deadline is not null and t.deadline < :today and t.status <> :done)";
            where.add(query.late() ? late : "not " + late, "today", today);
            where.parameter("done", TaskStatus.DONE);
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
                    .map(row -> ((TaskEntity) row[0]).tracked((String) row[1], (Integer) row[2], today))
                    .toList();
            return new Page<>(items, total, query.offset(), query.limit());
        });
    }

    TrackedTask update(String planId, int number, TaskStatus status, LocalDate completedOn, String user) {
        required(status, "status");
        LocalDate today = time.today();
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
            task.updatedAt = time.now();
            task.updatedBy = by;
            em.flush();
            return task.tracked(plan.provinceCode, plan.year, today);
        });
    }

    /** The tasks of a new plan, not started. */
    void add(EntityManager em, String planId, Plan plan) {
        for (PlanTasks.Entry task : PlanTasks.of(plan)) {
            em.persist(new TaskEntity(planId, task));
        }
    }

    /** The tasks of a replaced plan: progress stays with the task number, a task that keeps its place keeps its status. */
    void sync(EntityManager em, String planId, Plan plan) {
        Map<Long, TaskEntity> existing = em.createQuery("select t from Task t where t.planId = :id", TaskEntity.class)
                .setParameter("id", planId)
                .getResultStream()
                .collect(Collectors.toMap(t -> t.part, Function.identity()));
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
}
