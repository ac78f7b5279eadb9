package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.list;
import static vn.thidua.plan.internal.Values.nfc;
import static vn.thidua.plan.internal.Values.notEmpty;

import java.util.List;

import vn.thidua.plan.internal.PlanValue;

/**
 * Award proposals (khen thưởng) as a block of their own, each on its line introduced by its ordinal
 * or, when it has none, by the marker ({@code -}); the lines of its notes follow it.
 *
 * @param marker the marker in front of a proposal without an ordinal, or null
 * @param awards the proposals in document order
 */
@PlanValue
public record AwardList(String marker, List<AwardProposal> awards) implements Block {

    public AwardList {
        marker = nfc(marker);
        awards = list(awards, "awards");
        notEmpty(awards, "awards");
    }
}
