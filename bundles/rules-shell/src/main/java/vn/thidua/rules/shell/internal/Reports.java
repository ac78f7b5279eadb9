package vn.thidua.rules.shell.internal;

import java.time.LocalDate;

import vn.thidua.rules.Finding;
import vn.thidua.rules.Severity;
import vn.thidua.rules.ValidationReport;

/** A validation report as console text: one line per finding, then the counts. */
final class Reports {

    private Reports() {
    }

    static String text(String what, LocalDate date, ValidationReport report) {
        StringBuilder out = new StringBuilder();
        out.append(what).append(": pack ").append(report.pack().id()).append(" (in force on ").append(date).append(")\n");
        for (Finding finding : report.findings()) {
            out.append(String.format("%-7s %-22s %s%n        %s%n", finding.severity(), finding.ruleId(),
                    finding.pointer().isEmpty() ? "/" : finding.pointer(), finding.message()));
        }
        out.append(report.count(Severity.ERROR)).append(" error(s), ").append(report.count(Severity.WARNING))
                .append(" warning(s), ").append(report.count(Severity.INFO)).append(" info(s): ")
                .append(report.valid() ? "valid" : "NOT valid").append('\n');
        return out.toString();
    }
}
