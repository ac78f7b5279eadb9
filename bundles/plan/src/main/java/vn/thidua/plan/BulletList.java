package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.notEmpty;
import static vn.thidua.plan.internal.Values.required;
import static vn.thidua.plan.internal.Values.texts;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/**
 * Items each introduced by the same marker: {@code -} for the first level, {@code +} for the
 * second, as the seeds write them.
 */
@PlanValue
public record BulletList(@JsonProperty(required = true) String marker, List<String> items) implements Block {

    public BulletList {
        marker = required(marker, "marker");
        items = texts(items, "items");
        notEmpty(items, "items");
    }
}
