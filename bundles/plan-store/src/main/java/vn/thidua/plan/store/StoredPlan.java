package vn.thidua.plan.store;

import java.time.Instant;
import java.util.Objects;

import vn.thidua.plan.Plan;

/**
 * A plan as stored.
 *
 * @param id         the store's id for it (a UUID, as text)
 * @param version    incremented by every replace, delete and restore; the API exposes it as the ETag
 * @param status     draft, validated or issued
 * @param plan       the plan itself
 * @param rulePackId the rule pack the plan was last validated with, or {@code null}
 * @param createdAt  when it was first stored
 * @param createdBy  who stored it
 * @param updatedAt  when it last changed
 * @param updatedBy  who changed it last
 * @param deletedAt  when it was soft-deleted, or {@code null} while it is live
 */
public record StoredPlan(String id, long version, PlanStatus status, Plan plan, String rulePackId,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, Instant deletedAt) {

    public StoredPlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(plan, "plan");
    }

    public boolean deleted() {
        return deletedAt != null;
    }
}
