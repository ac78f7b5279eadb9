package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.list;
import static vn.thidua.plan.internal.Values.nfc;
import static vn.thidua.plan.internal.Values.required;
import static vn.thidua.plan.internal.Values.texts;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/**
 * The duties of one unit, under the unit's heading, the main task form of a People's Committee plan:
 * <pre>
 * 1. Sở Nội vụ:
 * - Chủ trì, hướng dẫn ...
 * - Tổng hợp ...
 * </pre>
 * or with the first duty on the heading's line ({@code b) UBND các xã, phường: triển khai ...}).
 *
 * @param ordinal the ordinal as written ({@code 1.}, {@code a)}), the bullet of a unit written as a bullet ({@code -}), or null
 * @param heading the heading as written, with its colon ({@code Sở Nội vụ:}, {@code Đề nghị Ủy ban MTTQ Việt Nam tỉnh:})
 * @param directive an order, a request or a call to coordinate
 * @param units the units the heading names, each as written
 * @param runIn true when the first duty is written on the heading's line; absent means false
 * @param marker the marker in front of each other duty ({@code -}), or null
 * @param duties the duties in document order
 */
@PlanValue
public record UnitAssignment(
        String ordinal,
        @JsonProperty(required = true) String heading,
        @JsonProperty(required = true) DirectiveKind directive,
        List<String> units,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean runIn,
        String marker,
        List<Duty> duties) {

    public UnitAssignment {
        ordinal = nfc(ordinal);
        heading = required(heading, "heading");
        directive = required(directive, "directive");
        units = texts(units, "units");
        if (units.isEmpty()) {
            throw new InvalidFieldException("units", "must name at least one unit");
        }
        runIn = Boolean.TRUE.equals(runIn);
        marker = nfc(marker);
        duties = list(duties, "duties");
        if (runIn && duties.isEmpty()) {
            throw new InvalidFieldException("runIn", "needs a duty to run into the heading");
        }
    }
}
