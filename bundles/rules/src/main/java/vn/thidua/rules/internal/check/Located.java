package vn.thidua.rules.internal.check;

import vn.thidua.plan.Block;
import vn.thidua.plan.Grouping;

/**
 * An element of a plan with the JSON Pointer of its place in the plan's canonical JSON, the grouping
 * of the nearest section that has one, and the block that holds it.
 */
public record Located<T>(T value, String pointer, Grouping grouping, Block container) {

    public String at(String field) {
        return pointer + "/" + field;
    }
}
