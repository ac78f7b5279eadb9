package vn.thidua.plan.store.jpa.internal;

import java.io.Serializable;
import java.util.Objects;

/**
 * The primary key of the rows that belong to a plan: the plan's id and the row's place in it
 * (a revision's version, a task's number).
 */
public class PartKey implements Serializable {

    private static final long serialVersionUID = 1L;

    String planId;
    long part;

    public PartKey() {
        // for JPA
    }

    PartKey(String planId, long part) {
        this.planId = planId;
        this.part = part;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartKey key && key.part == part && Objects.equals(key.planId, planId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(planId, part);
    }
}
