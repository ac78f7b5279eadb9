package vn.thidua.rules.shell.internal;

import java.time.LocalDate;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import vn.thidua.plan.time.VietnamClock;
import vn.thidua.rules.PackState;
import vn.thidua.rules.RulePackInfo;
import vn.thidua.rules.RulePackRegistry;

/** {@code thidua:rulepacks}: every pack found, whether it is in force today, and why a refused one was refused. */
@Service
@Command(scope = "thidua", name = "rulepacks", description = "Lists the province rule packs: province, version, period, state, where each comes from.")
public class RulePacksCommand implements Action {

    @Reference
    RulePackRegistry registry;

    @Reference
    VietnamClock clock;

    @Override
    public Object execute() {
        List<RulePackInfo> packs = registry.packs();
        LocalDate today = clock.today();
        ShellTable table = new ShellTable();
        table.column("Province");
        table.column("Issuer");
        table.column("Kinds");
        table.column("Version");
        table.column("From");
        table.column("To");
        table.column("State");
        table.column("Today");
        table.column("Bundle");
        table.column("Origin");
        for (RulePackInfo pack : packs) {
            table.addRow().addContent(
                    pack.provinceCode() == null ? "?" : pack.provinceCode(),
                    pack.issuerKind().toString(),
                    pack.planKinds().stream().map(Enum::name).collect(java.util.stream.Collectors.joining(",")),
                    pack.version() == null ? "?" : pack.version(),
                    pack.validFrom() == null ? "" : pack.validFrom().toString(),
                    pack.validTo() == null ? "" : pack.validTo().toString(),
                    pack.state().toString(),
                    today(pack, today),
                    pack.bundleId() < 0 ? "file" : Long.toString(pack.bundleId()),
                    pack.origin());
        }
        table.print(System.out);
        for (RulePackInfo pack : packs) {
            if (pack.state() == PackState.REFUSED) {
                System.out.println("Refused " + pack.origin() + ": " + pack.refusal());
            }
        }
        System.out.flush();
        return null;
    }

    private String today(RulePackInfo pack, LocalDate today) {
        if (!pack.covers(today)) {
            return "";
        }
        // In force when it is the pack chosen today for one of the plan kinds it covers.
        boolean chosen = pack.planKinds().stream().map(kind -> registry.inForce(pack.provinceCode(), pack.issuerKind(), kind, today))
                .anyMatch(p -> p.isPresent() && p.get().info().id().equals(pack.id()));
        return chosen ? "in force" : "superseded";
    }
}
