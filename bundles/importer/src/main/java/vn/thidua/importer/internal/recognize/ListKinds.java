package vn.thidua.importer.internal.recognize;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.thidua.plan.Anniversary;
import vn.thidua.plan.AwardProposal;
import vn.thidua.plan.Block;
import vn.thidua.plan.BulletList;
import vn.thidua.plan.Correction;
import vn.thidua.plan.Growth;
import vn.thidua.plan.Phase;
import vn.thidua.plan.PhaseList;
import vn.thidua.plan.Qualifier;
import vn.thidua.plan.Quantity;
import vn.thidua.plan.RecipientKind;
import vn.thidua.plan.Target;
import vn.thidua.plan.TargetCategory;
import vn.thidua.plan.TargetList;
import vn.thidua.plan.Timing;
import vn.thidua.plan.text.TimingParser;
import vn.thidua.plan.text.VietnameseNumbers;

/**
 * What a bullet list is: targets under a heading that names them (chỉ tiêu), phases when its items
 * start with Đợt, else a plain list.
 */
final class ListKinds {

    private static final Pattern PHASE = Pattern.compile("^(Đợt(?: thi đua)?\\s*(?:\\d+|thứ\\s+\\p{L}+))\\s*:\\s*(.+?)(?=[,:;]\\s|$)(.*)$");
    private static final String UNITS = "tỷ USD|triệu USD|tỷ đồng|triệu đồng|ha|%|khu công nghiệp|dự án|doanh nghiệp|lao động|người";
    private static final Pattern QUANTITY = Pattern.compile(
            "(?:(khoảng|ít nhất|đạt|từ)\\s+)?(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)\\s*(" + UNITS + ")(?=[\\s.,;)]|$)(\\s+mới)?(\\s+trở lên)?");
    private static final Pattern GROWTH = Pattern.compile("tăng\\s+(\\d+(?:,\\d+)?)%\\s+so với\\s+(?:năm\\s+)?(\\d{4})");

    private ListKinds() {
    }

    /** Whether every item of a list is a phase ("Đợt 1: Từ 01/01 đến 30/6 ..."). */
    static boolean arePhases(List<String> items) {
        return items.stream().allMatch(i -> PHASE.matcher(i).matches());
    }

    static List<Block> bullets(String marker, List<String> items, String heading, int year, ProvinceFoundingDays provinceDays,
            Review review) {
        if (items.stream().allMatch(i -> PHASE.matcher(i).matches())) {
            List<Phase> phases = new ArrayList<>();
            for (String item : items) {
                Phase phase = phase(item, year, provinceDays, review);
                if (phase == null) {
                    return List.of(new BulletList(marker, items));
                }
                phases.add(phase);
            }
            return List.of(new PhaseList(marker, phases));
        }
        if (heading != null && heading.toLowerCase(Locale.ROOT).contains("chỉ tiêu")) {
            String h = heading.toLowerCase(Locale.ROOT);
            TargetCategory category = h.contains("quốc phòng") || h.contains("an ninh") ? TargetCategory.DEFENCE_SECURITY
                    : h.contains("kinh tế") ? TargetCategory.SOCIO_ECONOMIC : TargetCategory.OTHER;
            List<Target> targets = new ArrayList<>();
            for (String item : items) {
                targets.add(target(item, review));
            }
            TargetList list = new TargetList(category, marker, targets);
            return List.of(list);
        }
        return List.of(new BulletList(marker, items));
    }

    private static Phase phase(String item, int year, ProvinceFoundingDays provinceDays, Review review) {
        Matcher m = PHASE.matcher(item);
        if (!m.matches()) {
            return null;
        }
        String when = m.group(2).strip();
        Timing period;
        try {
            period = TimingParser.parse(null, when, year);
        } catch (IllegalArgumentException e) {
            return null;
        }
        String note = null;
        if (period.from() != null && period.to() != null && period.from().getYear() != year && period.to().getYear() == year) {
            LocalDate asWritten = period.from();
            LocalDate meant = asWritten.withYear(year);
            if (!meant.isAfter(period.to())) {
                note = "The text writes " + asWritten.getYear() + " in a " + year + " plan; read as " + year + ".";
                period = new Timing(null, when, period.kind(), meant, period.to(), period.quarter(), period.tentative(),
                        new Correction("from", asWritten, note));
            }
        }
        List<Anniversary> days = NationalDays.in(item, provinceDays);
        Phase phase = new Phase(m.group(1).strip(), item, period, days);
        if (note != null) {
            review.on(phase, "/period/from", note, 0.6, "the year as written");
        }
        for (int i = 0; i < days.size(); i++) {
            Anniversary a = days.get(i);
            if (a.eventYear() == null && a.name().toLowerCase(java.util.Locale.ROOT).contains("thành lập tỉnh")) {
                review.on(phase, "/anniversaries/" + i + "/eventYear", "the province's founding year is not known to the importer", 0.3);
            }
        }
        return phase;
    }

    static Target target(String text, Review review) {
        String body = text.strip();
        Quantity quantity = null;
        String description = null;
        Matcher q = QUANTITY.matcher(body);
        if (q.find()) {
            String qual = q.group(1);
            Qualifier qualifier = qual == null ? null : switch (qual) {
                case "khoảng" -> Qualifier.ABOUT;
                case "ít nhất" -> Qualifier.AT_LEAST;
                case "đạt" -> Qualifier.REACH;
                default -> q.group(5) != null ? Qualifier.FROM_AND_ABOVE : null;
            };
            int start = qualifier == null && qual != null ? q.start(2) : q.start();
            String span = body.substring(start, q.end());
            BigDecimal value = VietnameseNumbers.parse(q.group(2));
            quantity = new Quantity(value, q.group(2), q.group(3), qualifier, span);
            String before = body.substring(0, start).strip().replaceAll("[,;]$", "").strip();
            int strive = before.lastIndexOf("phấn đấu ");
            if (strive >= 0) {
                before = before.substring(strive + "phấn đấu ".length());
            }
            String after = body.substring(q.end()).strip().replaceAll("[.;]$", "").strip();
            description = before.split("\\s+").length <= 2 && !after.isEmpty() && !after.startsWith(",") ? after : before;
        }
        Growth growth = null;
        Matcher g = GROWTH.matcher(body);
        if (g.find()) {
            growth = new Growth(VietnameseNumbers.parse(g.group(1)), g.group(1), Integer.parseInt(g.group(2)), g.group());
        }
        List<AwardProposal> awards = new ArrayList<>();
        for (String clause : body.split("(?<=[.;])\\s+")) {
            AwardProposal award = AwardProposals.of(clause.strip().replaceAll("[.;]$", ""));
            if (award != null) {
                awards.add(award);
            }
        }
        if (!awards.isEmpty()) {
            quantity = null;
            growth = null;
            description = null;
        }
        Target target = new Target(text, description, quantity, growth, awards);
        if (quantity != null) {
            review.on(target, "/quantity", "figure read: " + quantity.text(), 0.7, "no figure");
        }
        for (int i = 0; i < awards.size(); i++) {
            AwardProposal a = awards.get(i);
            review.on(target, "/awards/" + i, "award proposal read: " + a.form() + " of " + a.grantor() + ", "
                    + a.quotas().stream().map(c -> c.bound() + " " + c.value().toPlainString() + (c.rate() ? "%" : "")
                            + (c.recipientKind() == null ? "" : " " + c.recipientKind()) + (c.per() == null ? "" : " per " + c.per()))
                            .toList(), 0.7, "the clause as a sentence of the target");
        }
        return target;
    }
}
