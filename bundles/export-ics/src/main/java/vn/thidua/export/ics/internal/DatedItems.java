package vn.thidua.export.ics.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import vn.thidua.plan.Phase;
import vn.thidua.plan.Plan;
import vn.thidua.plan.Task;
import vn.thidua.plan.Timing;

/** The tasks and phases of a plan that have dates, as calendar entries with stable identifiers. */
final class DatedItems {

    /**
     * One entry: an all-day span from {@code first} to {@code last}, inclusive.
     *
     * @param uid stable across exports of the same plan: derived from the plan's identity and the item's words
     */
    record Item(String uid, String summary, String description, LocalDate first, LocalDate last) {
    }

    private DatedItems() {
    }

    static List<Item> of(Plan plan) {
        List<Item> out = new ArrayList<>();
        String identity = plan.province().code() + "|" + plan.year() + "|"
                + (plan.number() == null ? "" : plan.number().symbol()) + "|" + plan.summary();
        for (Task task : plan.tasks()) {
            Timing timing = task.timing();
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
            String summary = task.ordinal() == null ? task.content() : task.ordinal() + " " + task.content();
            out.add(new Item(uid("task", identity, task.ordinal() + "|" + task.content()), summary, description.toString(),
                    span.first(), span.last()));
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
