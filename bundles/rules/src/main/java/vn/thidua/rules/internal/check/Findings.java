package vn.thidua.rules.internal.check;

import java.util.ArrayList;
import java.util.List;

import vn.thidua.rules.Finding;
import vn.thidua.rules.RuleInfo;

/** Collects the findings of one rule, with its id and severity. */
public final class Findings {

    private final RuleInfo rule;
    private final List<Finding> found = new ArrayList<>();

    public Findings(RuleInfo rule) {
        this.rule = rule;
    }

    /**
     * A finding whose message reads {@code <what>: cần <expected>; thấy <found>}.
     *
     * @param what what is wrong, in Vietnamese
     */
    public void add(String pointer, String what, String expected, String found) {
        this.found.add(new Finding(rule.id(), rule.severity(), pointer,
                what + ": cần " + expected + "; thấy " + found + ".", expected, found));
    }

    public List<Finding> list() {
        return found;
    }
}
