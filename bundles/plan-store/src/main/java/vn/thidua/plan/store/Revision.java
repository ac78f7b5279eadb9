package vn.thidua.plan.store;

import java.time.Instant;

/**
 * One entry of a plan's history. Every save keeps one; the plan as it was is kept with it.
 *
 * @param version    the plan's version after this change
 * @param rulePackId the rule pack the plan was validated with at this save, or {@code null}
 */
public record Revision(long version, RevisionAction action, Instant at, String by, PlanStatus status, String rulePackId) {
}
