package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.required;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/**
 * The province whose board issues the plan: a stable code ({@code bac-giang}) that rule packs are
 * keyed on, and its name as written ({@code Bắc Giang}).
 */
@PlanValue
public record Province(@JsonProperty(required = true) String code, @JsonProperty(required = true) String name) {

    public Province {
        code = required(code, "code");
        name = required(name, "name");
        if (!code.matches("[a-z]+(-[a-z]+)*")) {
            throw new IllegalArgumentException("code must be lower-case ASCII words joined by '-', was '" + code + "'");
        }
    }
}
