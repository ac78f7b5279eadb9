package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.nfc;
import static vn.thidua.plan.internal.Values.required;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/**
 * The dossier (hồ sơ) of an award proposal: what it holds, where it goes and by when.
 *
 * @param text the words of the document about it
 * @param contents what the dossier holds, as written, when said
 * @param submitTo where it is sent ({@code Sở Nội vụ (qua Ban Thi đua - Khen thưởng)}), when said
 * @param deadline by when, when said
 */
@PlanValue
public record Dossier(
        @JsonProperty(required = true) String text,
        String contents,
        String submitTo,
        Timing deadline) {

    public Dossier {
        text = required(text, "text");
        contents = nfc(contents);
        submitTo = nfc(submitTo);
    }
}
