package vn.thidua.rules.shell.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.CommandException;

import vn.thidua.rules.RulePackChecker;

/**
 * {@code thidua:pack-new PROVINCE YEAR}: the start of next year's pack, copied from the pack in force with
 * its version and first day set and a commented header saying what to edit and how to check and install it.
 */
@Service
@Command(scope = "thidua", name = "pack-new",
        description = "Writes the start of a province's rule pack for a year, copied from the pack in force, with a commented"
                + " guide: edit it, check it with thidua:pack-check, then drop it into the watched folder.")
public class PackNewCommand implements Action {

    @Reference
    RulePackChecker checker;

    @Reference
    Session session;

    @Option(name = "-o", aliases = "--out", description = "The file to write (default: <province>-<year>.yaml in the current directory)")
    String out;

    @Argument(index = 0, name = "province", required = true, description = "The province code (gia-lai)")
    String province;

    @Argument(index = 1, name = "year", required = true, description = "The year the new pack starts (2027)")
    int year;

    @Override
    public Object execute() throws Exception {
        String text = checker.scaffold(province, year).orElseThrow(() -> new CommandException(
                "province: no loaded pack of '" + province + "' is in force in " + year + " or " + (year - 1)
                        + " to start from (thidua:rulepacks lists them)"));
        Path given = Path.of(out == null ? province + "-" + year + ".yaml" : out);
        Path dir = session == null || session.currentDir() == null ? Path.of(System.getProperty("user.dir")) : session.currentDir();
        Path target = given.isAbsolute() ? given : dir.resolve(given);
        if (Files.exists(target)) {
            throw new CommandException("--out: " + target + " exists; nothing written");
        }
        Files.writeString(target, text, StandardCharsets.UTF_8);
        System.out.println("Wrote " + target + ": edit it, then thidua:pack-check " + target);
        return null;
    }
}
