package vn.thidua.plan.store;

import java.time.Instant;

/**
 * A line of a plan listing, without the plan's body.
 *
 * @param number the document number as written ({@code 08/KH-KCN}), or {@code null}
 * @param title  the plan's summary line (trích yếu)
 */
public record PlanSummary(String id, long version, PlanStatus status, String provinceCode, int year,
        String number, String title, Instant updatedAt, Instant deletedAt) {
}
