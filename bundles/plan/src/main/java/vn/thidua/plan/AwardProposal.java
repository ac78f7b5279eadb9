package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.nfc;
import static vn.thidua.plan.internal.Values.required;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/**
 * An award the board proposes and a quota for it: {@code Đề nghị UBND tỉnh tặng Cờ thi đua cho ít
 * nhất 5 doanh nghiệp}.
 *
 * @param form the award form or title as written ({@code Cờ thi đua}, {@code Bằng khen})
 * @param grantor who grants it ({@code UBND tỉnh}, {@code Chủ tịch UBND tỉnh})
 * @param recipientKind who receives it
 * @param minimumCount how many at least, when the plan sets a number
 * @param text the words of the document that propose it
 */
@PlanValue
public record AwardProposal(
        @JsonProperty(required = true) String form,
        String grantor,
        @JsonProperty(required = true) RecipientKind recipientKind,
        Integer minimumCount,
        @JsonProperty(required = true) String text) {

    public AwardProposal {
        form = required(form, "form");
        grantor = nfc(grantor);
        recipientKind = required(recipientKind, "recipientKind");
        if (minimumCount != null && minimumCount < 0) {
            throw new InvalidFieldException("minimumCount", "must not be negative, was " + minimumCount);
        }
        text = required(text, "text");
    }
}
