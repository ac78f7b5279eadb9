package vn.thidua.rest.internal.resource;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.thidua.plan.Plan;
import vn.thidua.plan.json.PlanJson;
import vn.thidua.plan.store.PlanStatus;
import vn.thidua.plan.store.StoredPlan;

/**
 * A stored plan as the API shows it: what the store knows of it, and the plan document itself in
 * its canonical JSON (the same bytes {@code PlanJson} writes), which a client sends back in a PUT.
 */
public record PlanView(String id, long version, PlanStatus status, String rulePackId, Instant createdAt,
        String createdBy, Instant updatedAt, String updatedBy, Instant deletedAt,
        @Schema(implementation = Plan.class) @JsonRawValue String plan) {

    public static PlanView of(StoredPlan stored, PlanJson json) {
        return new PlanView(stored.id(), stored.version(), stored.status(), stored.rulePackId(), stored.createdAt(),
                stored.createdBy(), stored.updatedAt(), stored.updatedBy(), stored.deletedAt(), json.write(stored.plan()));
    }
}
