package vn.thidua.plan.store.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import vn.thidua.plan.store.PlanRepository;
import vn.thidua.plan.store.Revision;
import vn.thidua.plan.store.StoreException;

/** {@code thidua:plan-history ID}: the revisions of a stored plan. */
@Service
@Command(scope = "thidua", name = "plan-history", description = "Shows every revision of a stored plan, oldest first.")
public class PlanHistoryCommand implements Action {

    @Reference
    PlanRepository repository;

    @Argument(index = 0, name = "id", required = true, description = "The plan's id (see thidua:plans)")
    String id;

    @Override
    public Object execute() throws Exception {
        List<Revision> history;
        try {
            history = repository.history(id);
        } catch (StoreException e) {
            throw StoreCommands.refused(e);
        }
        ShellTable table = new ShellTable();
        table.column("Version");
        table.column("Action");
        table.column("At");
        table.column("By");
        table.column("Status");
        table.column("Rule pack");
        for (Revision revision : history) {
            table.addRow().addContent(revision.version(), revision.action(), StoreCommands.time(revision.at()),
                    revision.by(), revision.status(), revision.rulePackId() == null ? "" : revision.rulePackId());
        }
        table.print(System.out);
        return null;
    }
}
