package vn.thidua.plan.store.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import vn.thidua.plan.store.Page;
import vn.thidua.plan.store.PlanQuery;
import vn.thidua.plan.store.PlanRepository;
import vn.thidua.plan.store.PlanSummary;
import vn.thidua.plan.store.StoreException;

/** {@code thidua:plans}: lists stored plans, filtered and paged. */
@Service
@Command(scope = "thidua", name = "plans", description = "Lists the stored plans (Kế hoạch thi đua), newest year first.")
public class PlansCommand implements Action {

    @Reference
    PlanRepository repository;

    @Option(name = "-p", aliases = "--province", description = "Only this province code (bac-giang, gia-lai, ...)")
    String province;

    @Option(name = "-y", aliases = "--year", description = "Only plans for this year")
    Integer year;

    @Option(name = "-s", aliases = "--status", description = "Only plans in this status: draft, validated or issued")
    String status;

    @Option(name = "-q", aliases = "--search",
            description = "Words to find in titles and task contents, with or without diacritics (ke hoach finds kế hoạch)")
    String text;

    @Option(name = "-d", aliases = "--deleted", description = "List soft-deleted plans instead of live ones")
    boolean deleted;

    @Option(name = "-l", aliases = "--lineage",
            description = "With --province: also the plans of the provinces it absorbed (bac-ninh lists Bắc Giang's)")
    boolean lineage;

    @Option(name = "--offset", description = "How many matching plans to skip")
    int offset;

    @Option(name = "-n", aliases = "--limit", description = "How many plans to show (1 to 500)")
    int limit = 50;

    @Override
    public Object execute() throws Exception {
        Page<PlanSummary> page;
        try {
            page = repository.list(new PlanQuery(province, year, StoreCommands.status("status", status), text, deleted,
                    offset, limit, lineage));
        } catch (StoreException e) {
            throw StoreCommands.refused(e);
        }
        ShellTable table = new ShellTable();
        table.column("ID");
        table.column("Version");
        table.column("Status");
        table.column("Province");
        table.column("Year");
        table.column("Number");
        table.column("Title").maxSize(60);
        for (PlanSummary plan : page.items()) {
            table.addRow().addContent(plan.id(), plan.version(), plan.status(), plan.provinceCode(), plan.year(),
                    plan.number() == null ? "" : plan.number(), plan.title());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " plans"
                + (page.offset() > 0 ? " (from " + (page.offset() + 1) + ")" : ""));
        return null;
    }
}
