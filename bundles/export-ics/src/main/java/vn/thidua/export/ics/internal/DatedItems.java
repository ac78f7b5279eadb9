package vn.thidua.export.ics.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import vn.thidua.plan.Duty;
import vn.thidua.plan.Phase;
import vn.thidua.plan.Plan;
import vn.thidua.plan.Task;
import vn.thidua.plan.Timing;
import vn.thidua.plan.TimingKind;
import vn.thidua.plan.UnitAssignment;
import vn.thidua.plan.walk.Located;
import vn.thidua.plan.walk.PlanWalk;

/**
 * The tasks, duties and phases of a plan that have dates, and the plan's own period (a campaign
 * window, a period of years), as calendar entries with stable identifiers; a task or duty that
 * recurs at set times (hằng tháng, hằng quý, 6 tháng, hằng năm) is one entry with its recurrence rule.
 */
final class DatedItems {

    /**
     * One entry: an all-day span from {@code first} to {@code last}, inclusive.
     *
     * @param uid stable across exports of the same plan: derived from the plan's identity and the item's words
     * @param rrule the recurrence rule (RFC 5545, {@code FREQ=MONTHLY;INTERVAL=3;UNTIL=20261231}), or null for one span
     */
    record Item(String uid, String summary, String description, LocalDate first, LocalDate last, String rrule) {

        Item(String uid, String summary, String description, LocalDate first, LocalDate last) {
            this(uid, summary, description, first, last, null);
        }
    }

    private DatedItems() {
    }

    static List<Item> of(Plan plan) {
        List<Item> out = new ArrayList<>();
        String identity = plan.province().code() + "|" + plan.year() + "|"
                + (plan.number() == null ? "" : plan.number().symbol()) + "|" + plan.summary();
        Timing period = plan.period();
        if (period != null && period.from() != null) {
            // the campaign window: its days, or its first day when an event ends it
            LocalDate last = period.to() == null ? period.from() : period.to();
            String description = period.event() == null ? period.text() : period.text() + "\nKết thúc: " + period.event();
            out.add(new Item(uid("period", identity, period.text()), plan.summary(), description, period.from(), last));
        }
        LocalDate recurFrom = period != null && period.from() != null ? period.from() : LocalDate.of(plan.year(), 1, 1);
        LocalDate recurTo = period != null && period.to() != null ? period.to()
                : period != null && period.kind() == TimingKind.UNTIL_EVENT ? null : LocalDate.of(plan.year(), 12, 31);
        for (Task task : plan.tasks()) {
            Timing timing = task.timing();
            String rrule = rrule(timing, recurTo);
            if (rrule != null) {
                out.add(new Item(uid("task", identity, task.ordinal() + "|" + task.content()), summary(task),
                        timing.text(), recurFrom, recurFrom, rrule));
                continue;
            }
            Span span = span(timing, plan.year());
            if (span == null) {
                continue;
            }
            StringBuilder description = new StringBuilder(timing.text());
            if (task.lead() != null && task.lead().text() != null) {
                description.append('\n').append(label(task.lead().label(), "Thực hiện")).append(": ").append(task.lead().text());
            } else if (task.lead() != null) {
                description.append('\n').append(label(task.lead().label(), "Thực hiện")).append(": ")
                        .append(String.join(", ", task.lead().units()));
            }
            if (task.coordination() != null && task.coordination().text() != null) {
                description.append('\n').append(label(task.coordination().label(), "Phối hợp")).append(": ")
                        .append(task.coordination().text());
            }
            out.add(new Item(uid("task", identity, task.ordinal() + "|" + task.content()), summary(task),
                    description.toString(), span.first(), span.last()));
        }
        for (Located<UnitAssignment> unit : PlanWalk.of(plan).assignments()) {
            for (Duty duty : unit.value().duties()) {
                Timing timing = duty.timing();
                String summary = unit.value().units().get(0) + ": " + duty.text();
                String id = uid("duty", identity, unit.value().heading() + "|" + duty.text());
                String rrule = rrule(timing, recurTo);
                if (rrule != null) {
                    out.add(new Item(id, summary, timing.text(), recurFrom, recurFrom, rrule));
                    continue;
                }
                Span span = span(timing, plan.year());
                if (span != null) {
                    out.add(new Item(id, summary, timing.text(), span.first(), span.last()));
                }
            }
        }
        for (Phase phase : plan.phases()) {
            Span span = span(phase.period(), plan.year());
            if (span != null) {
                out.add(new Item(uid("phase", identity, phase.name() + "|" + phase.text()), phase.name(), phase.text(),
                        span.first(), span.last()));
            }
        }
        return out;
    }

    private record Span(LocalDate first, LocalDate last) {
    }

    private static String summary(Task task) {
        return task.ordinal() == null ? task.content() : task.ordinal() + " " + task.content();
    }

    /**
     * The recurrence rule of a time that comes back at set times, until {@code until} (null: until an
     * event no calendar knows the date of); null for any other time, and for {@code định kỳ} or
     * {@code thường xuyên}, whose times the document does not set.
     */
    static String rrule(Timing timing, LocalDate until) {
        if (timing == null || timing.kind() != TimingKind.RECURRING) {
            return null;
        }
        String frequency = switch (timing.recurrence()) {
            case MONTHLY -> "FREQ=MONTHLY";
            case QUARTERLY -> "FREQ=MONTHLY;INTERVAL=3";
            case HALF_YEARLY -> "FREQ=MONTHLY;INTERVAL=6";
            case YEARLY -> "FREQ=YEARLY";
            default -> null;
        };
        if (frequency == null) {
            return null;
        }
        return until == null ? frequency : frequency + ";UNTIL=" + until.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
    }

    /** The days a time covers: a deadline is its day, a quarter its three months of the plan's year. */
    private static Span span(Timing timing, int year) {
        if (timing == null) {
            return null;
        }
        switch (timing.kind()) {
            case DEADLINE:
                return new Span(timing.to(), timing.to());
            case RANGE:
            case MONTH:
            case YEARS:
                return new Span(timing.from(), timing.to());
            case QUARTER: {
                LocalDate first = LocalDate.of(year, (timing.quarter() - 1) * 3 + 1, 1);
                return new Span(first, first.plusMonths(3).minusDays(1));
            }
            default:
                return null;
        }
    }

    private static String label(String label, String fallback) {
        return label == null ? fallback : label;
    }

    private static String uid(String kind, String identity, String item) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((identity + "|" + kind + "|" + item).getBytes(StandardCharsets.UTF_8));
            return kind + "-" + HexFormat.of().formatHex(digest, 0, 12) + "@thidua.vn";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
