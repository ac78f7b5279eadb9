/**
 * The rule a plan's status keeps, owned by the store and enforced in its write path, so that no
 * entry point (the REST API, the console, the example loader, an importer to come) can store a plan
 * with a status it has not earned: a DRAFT is stored as it is; VALIDATED needs zero errors from the
 * rule pack in force for the plan (its province, on its issue date or else on 1 January of its
 * year), whose id is recorded with the revision; ISSUED needs that and, moreover, the plan's
 * registered document number and complete issue date.
 *
 * <p>{@link vn.thidua.plan.store.status.PlanStatusRules} asks the rule without storing anything; a
 * write that breaks it is refused with a {@link vn.thidua.plan.store.status.StatusRefusedException}
 * that says why: the findings ({@link vn.thidua.plan.store.status.PlanNotValidException}), no pack in
 * force ({@link vn.thidua.plan.store.status.NoRulePackInForceException}), or no rule packs running at
 * all ({@link vn.thidua.plan.store.status.RulePacksUnavailableException}).
 */
@Export
@Version("1.0.0")
package vn.thidua.plan.store.status;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
