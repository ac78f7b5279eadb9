package vn.thidua.plan.store.shell.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.karaf.shell.support.CommandException;
import org.apache.karaf.shell.support.ShellUtil;

import vn.thidua.plan.store.InvalidRequestException;
import vn.thidua.plan.store.PlanStatus;
import vn.thidua.plan.store.StoreException;
import vn.thidua.plan.store.status.NoRulePackInForceException;
import vn.thidua.plan.store.status.PlanNotValidException;
import vn.thidua.plan.store.status.RuleFinding;

/** What the store's commands share: parsing a status, naming the user, the store's refusals as the console prints them. */
final class StoreCommands {

    /** Times as the console shows them: to the second, in the machine's zone. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private StoreCommands() {
    }

    /** {@code draft}, {@code validated} or {@code issued}, any case; {@code null} stays {@code null}. */
    static PlanStatus status(String option, String value) throws CommandException {
        if (value == null) {
            return null;
        }
        try {
            return PlanStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandException("Unknown " + option + " '" + value + "': use draft, validated or issued");
        }
    }

    /** The user logged in to the console, else {@code console}. */
    static String user(String given) {
        if (given != null && !given.isBlank()) {
            return given;
        }
        String current = ShellUtil.getCurrentUserName();
        return current == null ? "console" : current;
    }

    /**
     * A refusal of the store as the console prints it: one line naming the field at fault, and for a
     * plan refused a status, one more line per finding (rule id, JSON Pointer, message).
     */
    static CommandException refused(StoreException e) {
        if (e instanceof PlanNotValidException invalid) {
            StringBuilder text = new StringBuilder("Not stored: ").append(invalid.getMessage());
            for (RuleFinding finding : invalid.findings()) {
                text.append(System.lineSeparator()).append("  ").append(finding.ruleId()).append(" at ")
                        .append(finding.pointer().isEmpty() ? "/" : finding.pointer()).append(": ").append(finding.message());
            }
            return new CommandException(text.toString(), e);
        }
        String field = e instanceof InvalidRequestException invalid ? invalid.field() + ": "
                : e instanceof NoRulePackInForceException noPack ? noPack.field() + ": " : "";
        return new CommandException(field + e.getMessage(), e);
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(ZoneId.systemDefault()));
    }
}
