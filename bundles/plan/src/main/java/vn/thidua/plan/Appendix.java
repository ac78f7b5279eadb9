package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.list;
import static vn.thidua.plan.internal.Values.required;
import static vn.thidua.plan.internal.Values.texts;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/**
 * An appendix (phụ lục) after the signature: its label, its heading lines, then its blocks.
 *
 * @param label the label as written ({@code PHỤ LỤC I}, {@code Phụ lục})
 * @param headings the lines under the label (title, {@code (Kèm theo Kế hoạch số .../KH-UBND ...)})
 * @param blocks the content in document order
 */
@PlanValue
public record Appendix(
        @JsonProperty(required = true) String label,
        List<String> headings,
        List<Block> blocks) {

    public Appendix {
        label = required(label, "label");
        headings = texts(headings, "headings");
        blocks = list(blocks, "blocks");
    }
}
