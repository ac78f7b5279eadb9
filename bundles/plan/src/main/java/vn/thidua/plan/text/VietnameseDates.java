package vn.thidua.plan.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.thidua.plan.PartialDate;

/**
 * Dates as Vietnamese documents write them: short {@code 16/3/2018} and long
 * {@code ngày 16 tháng 3 năm 2018}. Written dates follow Nghị định 30/2020: days below 10 and months
 * 1 and 2 take a leading zero ({@code ngày 05 tháng 01 năm 2026}).
 */
public final class VietnameseDates {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern LONG = Pattern.compile(
            "ngày\\s+(\\d{1,2})?\\s*tháng\\s+(\\d{1,2})?\\s*năm\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);

    private VietnameseDates() {
    }

    /** Reads {@code 16/3/2018} or {@code 16/03/2018}. */
    public static LocalDate parseShort(String text) {
        Matcher m = SHORT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a date of the form ngày/tháng/năm: '" + text + "'");
        }
        return date(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), text);
    }

    /** Reads {@code ngày 16 tháng 3 năm 2018}, and the partial {@code ngày   tháng 01 năm 2024} of a draft. */
    public static PartialDate parseLong(String text) {
        Matcher m = LONG.matcher(text.strip());
        if (!m.find()) {
            throw new IllegalArgumentException("not a date of the form 'ngày .. tháng .. năm ....': '" + text + "'");
        }
        Integer day = m.group(1) == null ? null : Integer.valueOf(m.group(1));
        Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        return new PartialDate(day, month, Integer.parseInt(m.group(3)));
    }

    /** {@code ngày 16 tháng 03 năm 2018}; blanks stand where a draft has no day or month yet. */
    public static String formatLong(PartialDate date) {
        return "ngày " + (date.day() == null ? "   " : dayText(date.day()))
                + " tháng " + (date.month() == null ? "   " : monthText(date.month()))
                + " năm " + date.year();
    }

    public static String formatLong(LocalDate date) {
        return formatLong(PartialDate.of(date));
    }

    /** {@code 08/7/2018}, {@code 05/01/2026}: the short form with the same leading zeros. */
    public static String formatShort(LocalDate date) {
        return dayText(date.getDayOfMonth()) + "/" + monthText(date.getMonthValue()) + "/" + date.getYear();
    }

    /** Days below 10 take a leading zero. */
    static String dayText(int day) {
        return String.format(Locale.ROOT, "%02d", day);
    }

    /** Months 1 and 2 take a leading zero; the others are written as they are. */
    static String monthText(int month) {
        return month <= 2 ? String.format(Locale.ROOT, "%02d", month) : Integer.toString(month);
    }

    static LocalDate date(int year, int month, int day, String text) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("no such date: '" + text.strip() + "'", e);
        }
    }
}
