package vn.thidua.rules.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

import vn.thidua.rules.PackChange;
import vn.thidua.rules.internal.descriptor.PackDescriptor;

/**
 * What installing a descriptor would change against the one in force, in the terms an administrator
 * checks: the pack's identity and issuer, its rules (by id), legal bases, recipients and the days it honours.
 * Each area in the order of the new descriptor, removals after; same input, same list.
 */
final class PackDiff {

    private PackDiff() {
    }

    static List<PackChange> between(PackDescriptor before, PackDescriptor after) {
        List<PackChange> changes = new ArrayList<>();
        field(changes, "version", before.pack().version(), after.pack().version());
        field(changes, "validFrom", String.valueOf(before.pack().validFrom()), String.valueOf(after.pack().validFrom()));
        field(changes, "validTo", String.valueOf(before.pack().validTo()), String.valueOf(after.pack().validTo()));
        field(changes, "province", before.pack().province().name(), after.pack().province().name());
        field(changes, "issuer/parent", before.issuer().parent(), after.issuer().parent());
        field(changes, "issuer/agency", before.issuer().agency(), after.issuer().agency());
        field(changes, "issuer/symbol", before.issuer().symbol(), after.issuer().symbol());
        field(changes, "issuer/place", before.issuer().place(), after.issuer().place());
        keyed(changes, "rules", rules(before), rules(after));
        keyed(changes, "legal-bases", texts(before.defaults().legalBases()), texts(after.defaults().legalBases()));
        keyed(changes, "recipients", texts(before.defaults().recipients() == null ? null
                : before.defaults().recipients().path("entries")), texts(after.defaults().recipients() == null ? null
                : after.defaults().recipients().path("entries")));
        keyed(changes, "days", days(before), days(after));
        return changes;
    }

    private static void field(List<PackChange> changes, String item, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new PackChange("pack", "changed", item, before, after));
        }
    }

    /** Items by key: added and changed in the new order, then removed in the old order. */
    private static void keyed(List<PackChange> changes, String area, Map<String, String> before, Map<String, String> after) {
        after.forEach((key, value) -> {
            if (!before.containsKey(key)) {
                changes.add(new PackChange(area, "added", key, null, value));
            } else if (!before.get(key).equals(value)) {
                changes.add(new PackChange(area, "changed", key, before.get(key), value));
            }
        });
        before.forEach((key, value) -> {
            if (!after.containsKey(key)) {
                changes.add(new PackChange(area, "removed", key, value, null));
            }
        });
    }

    private static Map<String, String> rules(PackDescriptor descriptor) {
        Map<String, String> out = new LinkedHashMap<>();
        for (PackDescriptor.RuleSpec rule : descriptor.rules()) {
            out.put(rule.id(), rule.type() + " " + rule.severity() + (rule.kinds().isEmpty() ? "" : " " + rule.kinds())
                    + (rule.parameters() == null ? "" : " " + rule.parameters()));
        }
        return out;
    }

    /** Entries by their text; the value adds the period a dated entry ({@code $from}/{@code $to}) keeps. */
    private static Map<String, String> texts(JsonNode entries) {
        Map<String, String> out = new LinkedHashMap<>();
        if (entries == null) {
            return out;
        }
        for (JsonNode entry : entries) {
            String text = entry.isTextual() ? entry.asText() : entry.path("text").asText(entry.toString());
            String period = (entry.has("$from") ? " from " + entry.get("$from").asText() : "")
                    + (entry.has("$to") ? " to " + entry.get("$to").asText() : "");
            out.put(text, period.isEmpty() ? text : text + " (" + period.strip() + ")");
        }
        return out;
    }

    private static Map<String, String> days(PackDescriptor descriptor) {
        Map<String, String> out = new LinkedHashMap<>();
        for (PackDescriptor.DaySpec day : descriptor.calendar().days()) {
            out.put(day.name(), day.day() + "/" + day.month() + (day.eventYear() == null ? "" : "/" + day.eventYear()));
        }
        return out;
    }
}
