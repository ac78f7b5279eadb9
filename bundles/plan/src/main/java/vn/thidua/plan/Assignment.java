package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.nfc;
import static vn.thidua.plan.internal.Values.texts;

import java.util.List;

import vn.thidua.plan.internal.PlanValue;

/**
 * Who does a task: the lead (thực hiện, chủ trì, trách nhiệm thực hiện) or the coordinating units
 * (phối hợp).
 *
 * @param label the field's label as written ({@code Đơn vị chủ trì}), when the document writes one
 * @param text the wording as written ({@code Văn phòng chủ trì, phối hợp các phòng ...}); null when
 *     the units are only implied by the surrounding text or written in another field's wording
 * @param units the units named, each as written
 */
@PlanValue
public record Assignment(String label, String text, List<String> units) implements Labelled {

    public Assignment {
        label = nfc(label);
        text = nfc(text);
        units = texts(units, "units");
        if (units.isEmpty()) {
            throw new InvalidFieldException("units", "must name at least one unit");
        }
    }
}
