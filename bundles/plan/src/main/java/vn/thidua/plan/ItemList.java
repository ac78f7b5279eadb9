package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.list;
import static vn.thidua.plan.internal.Values.nfc;
import static vn.thidua.plan.internal.Values.notEmpty;
import static vn.thidua.plan.internal.Values.required;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/**
 * Criteria (tiêu chí), participants (đối tượng), principles (nguyên tắc) or standards (tiêu chuẩn),
 * each item on its line introduced by its ordinal or, without one, by the marker.
 *
 * @param kind what the items are
 * @param marker the marker in front of an item without an ordinal ({@code -}), or null
 * @param items the items in document order
 */
@PlanValue
public record ItemList(
        @JsonProperty(required = true) ItemKind kind,
        String marker,
        List<Item> items) implements Block {

    public ItemList {
        kind = required(kind, "kind");
        marker = nfc(marker);
        items = list(items, "items");
        notEmpty(items, "items");
    }
}
