package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.nfc;
import static vn.thidua.plan.internal.Values.texts;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/**
 * One row of a scoring table: a criterion and its points, or the total.
 *
 * @param ordinal the ordinal cell as written ({@code 1}, {@code I}, {@code a}), or null when empty
 * @param text the criterion cell as written ({@code Tổng cộng} on a total row)
 * @param pointsText the points cell as written ({@code 10}, {@code 2,5}), or null when empty
 * @param points the points parsed, or null when the cell is empty
 * @param total true on a total row; absent means false
 * @param cells the further cells as written, one per further column
 */
@PlanValue
public record ScoreRow(
        String ordinal,
        @JsonProperty(required = true) String text,
        String pointsText,
        BigDecimal points,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean total,
        List<String> cells) {

    public ScoreRow {
        ordinal = nfc(ordinal);
        text = nfc(text);
        if (text == null) {
            throw new InvalidFieldException("text", "is required");
        }
        pointsText = nfc(pointsText);
        if (points != null && pointsText == null) {
            throw new InvalidFieldException("pointsText", "is required with points (the points as written)");
        }
        total = Boolean.TRUE.equals(total);
        cells = texts(cells, "cells");
    }
}
