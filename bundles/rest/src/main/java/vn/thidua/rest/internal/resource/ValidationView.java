package vn.thidua.rest.internal.resource;

import java.util.List;

import vn.thidua.rules.Finding;
import vn.thidua.rules.RulePackInfo;
import vn.thidua.rules.Severity;
import vn.thidua.rules.ValidationReport;

/** What a rule pack found in a plan, with the counts a client decides on. */
public record ValidationView(RulePackInfo pack, boolean valid, long errors, long warnings, long infos,
        List<Finding> findings) {

    public static ValidationView of(ValidationReport report) {
        return new ValidationView(report.pack(), report.valid(), report.count(Severity.ERROR),
                report.count(Severity.WARNING), report.count(Severity.INFO), report.findings());
    }
}
