package vn.thidua.rules;

import java.util.List;
import java.util.Objects;

/**
 * What validating one plan against one pack found.
 *
 * @param pack     the pack the plan was validated with
 * @param findings every finding, in the order of the rules, then of the plan
 */
public record ValidationReport(RulePackInfo pack, List<Finding> findings) {

    public ValidationReport {
        Objects.requireNonNull(pack, "pack");
        findings = List.copyOf(findings);
    }

    /** True when no finding is an {@link Severity#ERROR}. */
    public boolean valid() {
        return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
