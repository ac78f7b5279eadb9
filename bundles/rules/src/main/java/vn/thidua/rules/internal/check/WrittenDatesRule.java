package vn.thidua.rules.internal.check;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.thidua.plan.Anniversary;
import vn.thidua.plan.DateLine;
import vn.thidua.plan.PartialDate;
import vn.thidua.plan.Phase;
import vn.thidua.plan.Task;
import vn.thidua.plan.Timing;
import vn.thidua.plan.text.TimingParser;
import vn.thidua.plan.text.VietnameseDates;
import vn.thidua.plan.walk.Located;
import vn.thidua.rules.internal.descriptor.PackDescriptor;

/**
 * {@code written-dates}: every date a plan writes in words is a real date, and is the date the plan
 * records next to the words: a task's time ({@code Trước 31/4/2024} is no date), a phase's period,
 * an anniversary's date, the date line. The plan model refuses a recorded 31 April, so an impossible
 * date can only hide in the wording; a recorded date the wording does not give (typed apart from its
 * words) is the other half. A wording this platform does not read is left to the other rules; a
 * {@code correction} the plan keeps for a slip in the original explains a difference. No parameters.
 */
final class WrittenDatesRule implements Rule {

    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})/(\\d{1,2})");
    private static final Pattern FULL_DATE = Pattern.compile("ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    WrittenDatesRule(Params params, PackDescriptor pack) {
        // no parameters
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        for (Located<Task> task : context.walk().tasks()) {
            if (task.value().timing() != null) {
                timing(context, findings, task.value().timing(), task.pointer() + "/timing");
            }
        }
        for (Located<Phase> phase : context.walk().phases()) {
            timing(context, findings, phase.value().period(), phase.at("period"));
            for (int i = 0; i < phase.value().anniversaries().size(); i++) {
                anniversary(findings, phase.value().anniversaries().get(i), phase.at("anniversaries/" + i));
            }
        }
        if (context.plan().dateLine() != null) {
            dateLine(findings, context.plan().dateLine());
        }
    }

    private static void timing(RuleContext context, Findings findings, Timing timing, String pointer) {
        Timing read;
        try {
            read = TimingParser.parse(timing.label(), timing.text(), context.year());
        } catch (IllegalArgumentException e) {
            if (e.getCause() instanceof DateTimeException) {
                findings.add(pointer + "/text", "Thời gian ghi một ngày không có thật", "ngày có trong lịch",
                        Texts.quoted(timing.text().strip()));
            }
            return;
        }
        compare(findings, timing, "from", timing.from(), read.from(), pointer);
        compare(findings, timing, "to", timing.to(), read.to(), pointer);
    }

    private static void compare(Findings findings, Timing timing, String field, LocalDate recorded, LocalDate read,
            String pointer) {
        if (timing.correction() != null && timing.correction().field().equals(field)) {
            if (read != null && !timing.correction().asWritten().equals(read)) {
                findings.add(pointer + "/correction/asWritten", "Ngày đính chính không phải ngày viết trong lời văn",
                        Texts.date(read), Texts.date(timing.correction().asWritten()));
            }
        } else if (recorded != null && read != null && !recorded.equals(read)) {
            findings.add(pointer + "/" + field, "Ngày ghi nhận khác ngày viết trong " + Texts.quoted(timing.text().strip()),
                    Texts.date(read), Texts.date(recorded));
        }
    }

    private static void anniversary(Findings findings, Anniversary day, String pointer) {
        if (day.dateText() == null) {
            return;
        }
        Matcher m = DAY_MONTH.matcher(day.dateText());
        if (!m.find()) {
            return;
        }
        MonthDay written;
        try {
            written = MonthDay.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            findings.add(pointer + "/dateText", "Ngày kỷ niệm " + Texts.quoted(day.name()) + " ghi một ngày không có thật",
                    "ngày có trong lịch", Texts.quoted(day.dateText()));
            return;
        }
        if (!written.equals(day.monthDay())) {
            findings.add(pointer + "/day", "Ngày kỷ niệm " + Texts.quoted(day.name()) + " ghi nhận khác ngày viết",
                    written.getDayOfMonth() + "/" + written.getMonthValue(), day.day() + "/" + day.month());
        }
    }

    private static void dateLine(Findings findings, DateLine line) {
        Matcher full = FULL_DATE.matcher(line.text());
        if (full.find() && !real(Integer.parseInt(full.group(3)), Integer.parseInt(full.group(2)),
                Integer.parseInt(full.group(1)))) {
            findings.add("/dateLine/text", "Ngày ban hành ghi một ngày không có thật", "ngày có trong lịch",
                    Texts.quoted(line.text()));
            return;
        }
        PartialDate written;
        try {
            written = VietnameseDates.parseLong(line.text());
        } catch (IllegalArgumentException e) {
            return;
        }
        if (!written.equals(line.date())) {
            findings.add("/dateLine/date", "Ngày ban hành ghi nhận khác ngày viết ở dòng địa danh, ngày tháng",
                    Texts.quoted(line.text()), written(line.date()));
        }
    }

    private static boolean real(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static String written(PartialDate date) {
        return (date.day() == null ? "" : "ngày " + date.day() + " ") + (date.month() == null ? "" : "tháng " + date.month()
                + " ") + "năm " + date.year();
    }
}
