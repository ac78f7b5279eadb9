package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.nfc;
import static vn.thidua.plan.internal.Values.required;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/**
 * The issuing body at the top left of the first page (Nghị định 30/2020, ô 2): the parent line
 * ({@code UBND TỈNH BẮC GIANG}, optional) over the agency line
 * ({@code BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP}).
 */
@PlanValue
public record IssuingBody(String parent, @JsonProperty(required = true) String agency) {

    public IssuingBody {
        parent = nfc(parent);
        agency = required(agency, "agency");
    }
}
