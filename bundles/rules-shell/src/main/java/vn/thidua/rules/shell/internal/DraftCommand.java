package vn.thidua.rules.shell.internal;

import java.io.IOException;
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

import vn.thidua.plan.IssuerKind;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanKind;
import vn.thidua.plan.PlanCodec;
import vn.thidua.plan.province.DissolvedProvinceException;
import vn.thidua.plan.province.UnknownProvinceException;
import vn.thidua.rules.NoRulePackException;
import vn.thidua.rules.RulePackRegistry;
import vn.thidua.rules.ValidationReport;

/**
 * {@code thidua:draft [--issuer KIND] [--kind KIND] PROVINCE YEAR}: a complete plan for the year from
 * the template of the pack in force for that province, issuer and plan kind.
 */
@Service
@Command(scope = "thidua", name = "draft",
        description = "Drafts a complete plan for a province and year from the template of the rule pack for its issuer (default BOARD) "
                + "and plan kind (default YEARLY) in force that year, dated inside that pack, as plan JSON.")
public class DraftCommand implements Action {

    @Reference
    RulePackRegistry registry;

    @Reference
    PlanCodec codec;

    @Reference
    Session session;

    @Argument(index = 0, name = "province", required = true, description = "Province code: bac-giang, gia-lai, hung-yen …")
    String province;

    @Argument(index = 1, name = "year", required = true, description = "The plan year, e.g. 2026.")
    String year;

    @Option(name = "-i", aliases = "--issuer", description = "Issuer kind: BOARD (default), PEOPLES_COMMITTEE, DEPARTMENT, BLOC.")
    String issuer;

    @Option(name = "-k", aliases = "--kind", description = "Plan kind: YEARLY (default), THEMED, BLOC, CAMPAIGN.")
    String kind;

    @Option(name = "-o", aliases = "--output", description = "Write the plan JSON to this file instead of printing it.")
    String output;

    @Option(name = "-t", aliases = "--text", description = "Print the plan as text in reading order instead of JSON.")
    boolean text;

    @Override
    public Object execute() throws Exception {
        int planYear;
        try {
            planYear = Integer.parseInt(year.strip());
        } catch (NumberFormatException e) {
            throw new CommandException("year: not a year: " + year);
        }
        if (!Plan.isYear(planYear)) {
            throw new CommandException("year: must be between " + Plan.FIRST_YEAR + " and " + Plan.LAST_YEAR + ", was " + planYear);
        }
        IssuerKind issuerKind = option("issuer", issuer, IssuerKind.class, IssuerKind.BOARD);
        PlanKind planKind = option("kind", kind, PlanKind.class, PlanKind.YEARLY);
        Plan plan;
        try {
            plan = registry.draft(province, issuerKind, planKind, planYear);
        } catch (NoRulePackException | DissolvedProvinceException | UnknownProvinceException e) {
            throw new CommandException(e.getMessage(), e);
        }
        String written = text ? codec.readingOrder(plan) : codec.write(plan);
        if (output == null) {
            System.out.print(written);
        } else {
            Path file = target(output);
            try {
                Files.writeString(file, written, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CommandException("Cannot write " + file + ": " + e.getMessage(), e);
            }
            ValidationReport report = registry.validate(plan);
            System.out.println("Wrote " + file + " (pack " + report.pack().id() + ": "
                    + (report.valid() ? "valid" : "NOT valid") + ")");
        }
        System.out.flush();
        return null;
    }

    private static <E extends Enum<E>> E option(String name, String value, Class<E> type, E fallback) throws CommandException {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new CommandException(name + ": must be one of " + java.util.Arrays.toString(type.getEnumConstants())
                    + ", was " + value);
        }
    }

    private Path target(String name) {
        Path given = Path.of(name);
        if (given.isAbsolute()) {
            return given;
        }
        Path dir = session == null ? null : session.currentDir();
        return (dir != null ? dir : Path.of(System.getProperty("user.dir"))).resolve(given).toAbsolutePath().normalize();
    }
}
