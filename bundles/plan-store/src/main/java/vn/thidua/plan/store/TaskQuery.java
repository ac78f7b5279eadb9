package vn.thidua.plan.store;

import java.time.LocalDate;

/**
 * A filter over the tasks of every live plan; {@code null} fields do not filter.
 *
 * @param dueBefore only tasks whose deadline is on or before this day
 * @param late      only late tasks ({@code true}) or only those not late ({@code false})
 * @param lineage   with {@code provinceCode}: also the tasks of the provinces it absorbed
 */
public record TaskQuery(String provinceCode, LocalDate dueBefore, TaskStatus status, Boolean late, int offset, int limit,
        boolean lineage) {

    public TaskQuery {
        if (offset < 0) {
            throw new InvalidRequestException("offset", "offset must be 0 or more, was " + offset);
        }
        if (limit < 1 || limit > PlanQuery.MAX_LIMIT) {
            throw new InvalidRequestException("limit", "limit must be between 1 and " + PlanQuery.MAX_LIMIT + ", was " + limit);
        }
    }

    /** A filter on the province alone, without its predecessors. */
    public TaskQuery(String provinceCode, LocalDate dueBefore, TaskStatus status, Boolean late, int offset, int limit) {
        this(provinceCode, dueBefore, status, late, offset, limit, false);
    }
}
