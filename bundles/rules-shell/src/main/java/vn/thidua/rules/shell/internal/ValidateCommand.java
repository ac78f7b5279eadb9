package vn.thidua.rules.shell.internal;

import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.apache.karaf.shell.support.CommandException;

import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanCodec;
import vn.thidua.rules.Finding;
import vn.thidua.plan.province.DissolvedProvinceException;
import vn.thidua.plan.province.UnknownProvinceException;
import vn.thidua.rules.NoRulePackException;
import vn.thidua.rules.RulePackRegistry;
import vn.thidua.rules.Severity;
import vn.thidua.rules.ValidationReport;
import vn.thidua.shell.PlanFiles;

/** {@code thidua:validate FILE}: validates a plan against the pack in force for its province and date. */
@Service
@Command(scope = "thidua", name = "validate",
        description = "Validates a plan JSON file against the rule pack in force for its province on its date; fails when an error is found.")
public class ValidateCommand implements Action {

    @Reference
    RulePackRegistry registry;

    @Reference
    PlanCodec codec;

    @Reference
    Session session;

    @Argument(index = 0, name = "file", required = true,
            description = "The plan JSON file: absolute, or relative to the current directory or else to ${karaf.base}.")
    @Completion(FileCompleter.class)
    String file;

    @Override
    public Object execute() throws Exception {
        Path path = PlanFiles.resolve(file, session);
        Plan plan = PlanFiles.read(codec, path);
        ValidationReport report;
        try {
            report = registry.validate(plan);
        } catch (NoRulePackException | DissolvedProvinceException | UnknownProvinceException e) {
            throw new CommandException(e.getMessage() + " (" + path + ")", e);
        }
        System.out.print(Reports.text(path.toString(), registry.dateOf(plan), report));
        System.out.flush();
        if (!report.valid()) {
            Finding first = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).findFirst().orElseThrow();
            throw new CommandException("Plan is not valid: " + report.count(Severity.ERROR) + " error(s) against pack "
                    + report.pack().id() + ", first " + first.ruleId() + " at " + first.pointer());
        }
        return null;
    }
}
