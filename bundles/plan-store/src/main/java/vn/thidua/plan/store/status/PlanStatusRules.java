package vn.thidua.plan.store.status;

import org.osgi.annotation.versioning.ProviderType;

import vn.thidua.plan.Plan;
import vn.thidua.plan.store.PlanStatus;

/**
 * Whether a plan may have a status (see the package). The store asks it on every create and replace;
 * anyone may ask it beforehand, without storing anything.
 */
@ProviderType
public interface PlanStatusRules {

    /**
     * Admits {@code plan} with {@code status}, or says why not.
     *
     * @return the id of the rule pack that validated the plan, or {@code null} for a {@link PlanStatus#DRAFT}
     * @throws PlanNotValidException          if the pack in force finds errors, or an ISSUED plan lacks
     *                                        its number or its issue date; the findings say which
     * @throws NoRulePackInForceException     if no pack is in force for the plan's province and date
     * @throws RulePacksUnavailableException  if no rule pack registry is running: only a DRAFT passes
     */
    String admit(Plan plan, PlanStatus status);
}
