package vn.thidua.plan.store.shell.internal;

import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.FileCompleter;

import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanCodec;
import vn.thidua.plan.store.PlanRepository;
import vn.thidua.plan.store.PlanStatus;
import vn.thidua.plan.store.StoreException;
import vn.thidua.plan.store.StoredPlan;
import vn.thidua.shell.PlanFiles;

/** {@code thidua:plan-import FILE}: stores a plan JSON file as a new plan. */
@Service
@Command(scope = "thidua", name = "plan-import", description = "Stores a plan JSON file as a new plan (version 1) and prints its id.")
public class PlanImportCommand implements Action {

    @Reference
    PlanRepository repository;

    @Reference
    PlanCodec codec;

    @Reference
    Session session;

    @Argument(index = 0, name = "file", required = true,
            description = "The plan JSON file: absolute, or relative to the current directory or else to ${karaf.base}"
                    + " (e.g. examples/003_44668950db2da263.json).")
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "-s", aliases = "--status", description = "Its status: draft (default); validated, when the rule pack"
            + " in force finds no error in it (the store records that pack); issued, when moreover it has its registered"
            + " number and its full issue date. Refused otherwise, with the findings, and nothing is stored.")
    String status = "draft";

    @Option(name = "-u", aliases = "--user", description = "Who stores it (default: the console's user)")
    String user;

    @Override
    public Object execute() throws Exception {
        PlanStatus planStatus = StoreCommands.status("status", status);
        Path path = PlanFiles.resolve(file, session);
        Plan plan = PlanFiles.read(codec, path);
        StoredPlan stored;
        try {
            stored = repository.create(plan, planStatus, StoreCommands.user(user), null);
        } catch (StoreException e) {
            throw StoreCommands.refused(e);
        }
        System.out.println("Stored " + path.getFileName() + " as plan " + stored.id() + " (version " + stored.version()
                + ", " + stored.status() + (stored.rulePackId() == null ? "" : ", validated by " + stored.rulePackId()) + ")");
        return null;
    }
}
