package vn.thidua.plan.text;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.thidua.plan.DurationUnit;
import vn.thidua.plan.Recurrence;
import vn.thidua.plan.Timing;
import vn.thidua.plan.TimingKind;

/**
 * Reads the times plans give their tasks and phases, in the plan year's context:
 * <ul>
 * <li>{@code Trước 08/7/2018}, {@code trước ngày 20/3/2024}: a deadline;</li>
 * <li>{@code Từ ngày 15 đến 25/12/2018}, {@code Từ 01/01 đến 30/6/}, {@code Từ đầu năm 2024 đến 30/6/2024},
 * {@code Từ 01/7/2024 đến kết thúc năm 2024}: a range (a missing year is the plan year);</li>
 * <li>{@code Quý II}: a quarter of the plan year;</li>
 * <li>{@code Trong tháng 12/2023}, {@code dự kiến trong tháng 7/2023}: a month;</li>
 * <li>{@code Theo kế hoạch của Khối}, {@code theo quy định, hướng dẫn của cấp trên}: set elsewhere;</li>
 * <li>{@code Từ tháng 10/2025 đến hết tháng 6/2026}: a range of months, across years;</li>
 * <li>{@code Từ tháng 10/2025 đến khi tổ chức thành công Đại hội ...}: from a date until an event;</li>
 * <li>{@code Giai đoạn 2026 - 2030}, {@code từ năm 2026 đến năm 2030}: a period of whole years;</li>
 * <li>{@code Hằng tháng}, {@code hằng quý}, {@code hằng năm}, {@code định kỳ 6 tháng}, {@code định kỳ},
 * {@code thường xuyên}: recurring;</li>
 * <li>{@code Trong thời hạn 05 ngày làm việc}, {@code 10 ngày}: a length of time.</li>
 * </ul>
 * The original wording is kept in {@link Timing#text()}.
 */
public final class TimingParser {

    private static final String D = "(\\d{1,2})";
    private static final String OPT_YEAR = "(?:/(\\d{4})?)?";
    private static final Pattern DEADLINE = Pattern.compile("trước(?: ngày)? " + D + "/" + D + "/(\\d{4})");
    private static final Pattern DAYS_OF_MONTH = Pattern.compile(
            "từ ngày " + D + " đến(?: ngày)? " + D + "/" + D + "/(\\d{4})");
    private static final Pattern RANGE = Pattern.compile(
            "từ(?: ngày)? " + D + "/" + D + OPT_YEAR + " đến(?: ngày)? " + D + "/" + D + OPT_YEAR);
    private static final Pattern FROM_START_OF_YEAR = Pattern.compile(
            "từ đầu năm (\\d{4}) đến(?: ngày)? " + D + "/" + D + "/(\\d{4})");
    private static final Pattern TO_END_OF_YEAR = Pattern.compile(
            "từ(?: ngày)? " + D + "/" + D + "/(\\d{4}) đến (?:kết thúc|hết|cuối) năm (\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("quý (iv|iii|ii|i)(?: năm (\\d{4}))?");
    private static final Pattern MONTH = Pattern.compile("(?:trong )?tháng " + D + "/(\\d{4})");
    private static final Pattern RELATIVE = Pattern.compile("theo .+");
    private static final String START = "từ(?: ngày)? (?:" + D + "/" + D + "/(\\d{4})|tháng " + D + "/(\\d{4}))";
    private static final Pattern MONTHS = Pattern.compile(
            "từ tháng " + D + "/(\\d{4}) đến (?:hết |cuối )?tháng " + D + "/(\\d{4})");
    private static final Pattern UNTIL_EVENT = Pattern.compile(START + " (?:cho )?đến khi (.+)");
    private static final Pattern YEARS = Pattern.compile(
            "(?:trong )?(?:giai đoạn|từ năm) (\\d{4}) ?(?:-|–|đến năm|đến) ?(\\d{4})");
    private static final Pattern RECURRING = Pattern.compile(
            "(?:định kỳ (?:hằng |hàng )?|hằng |hàng )(tháng|quý|năm|6 tháng)(?: một lần)?|định kỳ|thường xuyên(?:, liên tục)?");
    private static final Pattern DURATION = Pattern.compile(
            "(?:trong (?:thời hạn |vòng )?)?(\\d{1,3}) (ngày làm việc|ngày|tháng)(?: kể từ .+)?");
    private static final Pattern TENTATIVE = Pattern.compile("^dự kiến\\s+");
    /** Compiled once: {@code String.replaceAll} compiled both on every call, for every task's times. */
    /** The stops a wording may end with, which {@link #TRAILING_PUNCTUATION} removes. */
    private static final String STOPS = ".;,:";
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.;,:]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TimingParser() {
    }

    /**
     * The stripped wording without its trailing punctuation and with its spaces collapsed. Most
     * wordings have neither (single spaces, no line break, no final stop): they are kept as they are
     * without running the two expressions, a third of parsing a time.
     */
    static String tidy(String stripped) {
        if (plain(stripped)) {
            return stripped;
        }
        // most of the others only end with a stop: without it they are plain, and so their own tidy form
        int end = stripped.length();
        while (end > 0 && STOPS.indexOf(stripped.charAt(end - 1)) >= 0) {
            end--;
        }
        String kept = stripped.substring(0, end);
        if (end < stripped.length() && plain(kept)) {
            return kept;
        }
        return SPACES.matcher(TRAILING_PUNCTUATION.matcher(stripped).replaceAll("")).replaceAll(" ");
    }

    /** Whether neither expression would change the text: no control or line-separator character, no two spaces in a row, no final {@code . ; , :}. */
    private static boolean plain(String text) {
        char previous = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c == '\u0085' || c == '\u2028' || c == '\u2029' || (c == ' ' && previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return text.isEmpty() || STOPS.indexOf(text.charAt(text.length() - 1)) < 0;
    }

    /**
     * Parses the wording of a time.
     *
     * @param label the label the document gives the time, or null
     * @param text the wording, with its punctuation
     * @param planYear the year of the plan, for wordings that leave the year out
     * @throws IllegalArgumentException naming the wording when it is none of the known forms
     */
    public static Timing parse(String label, String text, int planYear) {
        String written = tidy(text.strip());
        String t = written.toLowerCase(Locale.ROOT);
        boolean tentative = false;
        Matcher tent;
        if (t.startsWith("dự kiến") && (tent = TENTATIVE.matcher(t)).find()) {
            tentative = true;
            t = t.substring(tent.end());
            written = written.substring(tent.end());
        }
        // Each form begins with its own words: an expression is tried only where its first words are,
        // so a wording costs one or two matchers instead of up to twelve.
        boolean since = t.startsWith("từ ");
        boolean within = t.startsWith("trong ");
        Matcher m;
        if (since && (m = MONTHS.matcher(t)).matches()) {
            LocalDate from = month(m.group(1), m.group(2), text).atDay(1);
            LocalDate to = month(m.group(3), m.group(4), text).atEndOfMonth();
            return range(label, text, from, to, tentative);
        }
        if (since && (m = UNTIL_EVENT.matcher(t)).matches()) {
            LocalDate from = m.group(1) != null ? date(m.group(3), m.group(2), m.group(1), text)
                    : month(m.group(4), m.group(5), text).atDay(1);
            // the event as written, case kept: lower-casing Vietnamese keeps every index
            String event = written.length() == t.length() ? written.substring(m.start(6)) : m.group(6);
            return new Timing(label, text, TimingKind.UNTIL_EVENT, from, null, null, tentative, null, event, null,
                    null, null);
        }
        if ((since || within || t.startsWith("giai đoạn")) && (m = YEARS.matcher(t)).matches()) {
            int first = Integer.parseInt(m.group(1));
            int last = Integer.parseInt(m.group(2));
            if (first > last) {
                throw new IllegalArgumentException("the period '" + text.strip() + "' ends before it starts");
            }
            return new Timing(label, text, TimingKind.YEARS, LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31),
                    null, tentative, null);
        }
        if (recurring(t) && (m = RECURRING.matcher(t)).matches()) {
            Recurrence recurrence;
            if (m.group(1) == null) {
                recurrence = t.startsWith("thường xuyên") ? Recurrence.CONTINUOUS : Recurrence.PERIODIC;
            } else {
                recurrence = switch (m.group(1)) {
                    case "tháng" -> Recurrence.MONTHLY;
                    case "quý" -> Recurrence.QUARTERLY;
                    case "năm" -> Recurrence.YEARLY;
                    default -> Recurrence.HALF_YEARLY;
                };
            }
            return new Timing(label, text, TimingKind.RECURRING, null, null, null, tentative, null, null, recurrence,
                    null, null);
        }
        if ((within || startsWithDigit(t)) && (m = DURATION.matcher(t)).matches()) {
            DurationUnit unit = switch (m.group(2)) {
                case "ngày làm việc" -> DurationUnit.WORKING_DAYS;
                case "ngày" -> DurationUnit.DAYS;
                default -> DurationUnit.MONTHS;
            };
            return new Timing(label, text, TimingKind.DURATION, null, null, null, tentative, null, null, null,
                    Integer.parseInt(m.group(1)), unit);
        }
        if (t.startsWith("trước") && (m = DEADLINE.matcher(t)).matches()) {
            LocalDate due = date(m.group(3), m.group(2), m.group(1), text);
            return new Timing(label, text, TimingKind.DEADLINE, null, due, null, tentative, null);
        }
        if (since && (m = DAYS_OF_MONTH.matcher(t)).matches()) {
            LocalDate to = date(m.group(4), m.group(3), m.group(2), text);
            LocalDate from = VietnameseDates.date(to.getYear(), to.getMonthValue(), Integer.parseInt(m.group(1)), text);
            return range(label, text, from, to, tentative);
        }
        if (since && (m = FROM_START_OF_YEAR.matcher(t)).matches()) {
            LocalDate from = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
            return range(label, text, from, date(m.group(4), m.group(3), m.group(2), text), tentative);
        }
        if (since && (m = TO_END_OF_YEAR.matcher(t)).matches()) {
            LocalDate from = date(m.group(3), m.group(2), m.group(1), text);
            return range(label, text, from, LocalDate.of(Integer.parseInt(m.group(4)), 12, 31), tentative);
        }
        if (since && (m = RANGE.matcher(t)).matches()) {
            String fromYear = m.group(3) == null ? Integer.toString(planYear) : m.group(3);
            String toYear = m.group(6) == null ? Integer.toString(planYear) : m.group(6);
            LocalDate from = date(fromYear, m.group(2), m.group(1), text);
            LocalDate to = date(toYear, m.group(5), m.group(4), text);
            return range(label, text, from, to, tentative);
        }
        if (t.startsWith("quý ") && (m = QUARTER.matcher(t)).matches()) {
            int quarter = switch (m.group(1)) {
                case "i" -> 1;
                case "ii" -> 2;
                case "iii" -> 3;
                default -> 4;
            };
            int year = m.group(2) == null ? planYear : Integer.parseInt(m.group(2));
            LocalDate from = LocalDate.of(year, quarter * 3 - 2, 1);
            LocalDate to = YearMonth.of(year, quarter * 3).atEndOfMonth();
            return new Timing(label, text, TimingKind.QUARTER, from, to, quarter, tentative, null);
        }
        if ((within || t.startsWith("tháng ")) && (m = MONTH.matcher(t)).matches()) {
            int month = Integer.parseInt(m.group(1));
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("no such month in '" + text.strip() + "'");
            }
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), month);
            return new Timing(label, text, TimingKind.MONTH, ym.atDay(1), ym.atEndOfMonth(), null, tentative, null);
        }
        if (t.startsWith("theo ") && RELATIVE.matcher(t).matches()) {
            return new Timing(label, text, TimingKind.RELATIVE, null, null, null, tentative, null);
        }
        throw new IllegalArgumentException("not a time this platform understands: '" + text.strip()
                + "' (expected e.g. 'Trước 08/7/2018', 'Từ ngày 15 đến 25/12/2018', 'Quý II', "
                + "'Trong tháng 12/2023', 'Theo kế hoạch của Khối', 'Từ tháng 10/2025 đến khi ...', "
                + "'Giai đoạn 2026 - 2030', 'Hằng quý', '05 ngày làm việc')");
    }

    /** The first words of {@link #RECURRING}'s forms. */
    private static boolean recurring(String t) {
        return t.startsWith("định kỳ") || t.startsWith("hằng ") || t.startsWith("hàng ") || t.startsWith("thường xuyên");
    }

    private static boolean startsWithDigit(String t) {
        return !t.isEmpty() && t.charAt(0) >= '0' && t.charAt(0) <= '9';
    }

    private static Timing range(String label, String text, LocalDate from, LocalDate to, boolean tentative) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("the range '" + text.strip() + "' ends before it starts");
        }
        return new Timing(label, text, TimingKind.RANGE, from, to, null, tentative, null);
    }

    private static YearMonth month(String month, String year, String text) {
        int m = Integer.parseInt(month);
        if (m < 1 || m > 12) {
            throw new IllegalArgumentException("no such month in '" + text.strip() + "'");
        }
        return YearMonth.of(Integer.parseInt(year), m);
    }

    private static LocalDate date(String year, String month, String day, String text) {
        return VietnameseDates.date(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day), text);
    }
}
