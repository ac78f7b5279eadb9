package vn.thidua.rules.internal.check;

/** The check of a built-in rule type, configured from a descriptor's parameters. */
@FunctionalInterface
public interface Rule {

    /** Adds what is wrong with the plan to {@code findings}; never throws for a bad plan. */
    void check(RuleContext context, Findings findings);
}
