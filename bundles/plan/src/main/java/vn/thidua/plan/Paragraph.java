package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.required;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/** A paragraph of running text. */
@PlanValue
public record Paragraph(@JsonProperty(required = true) String text) implements Block {

    public Paragraph {
        text = required(text, "text");
    }
}
