package vn.thidua.rules.internal.check;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day of the year relative to a plan's year, as descriptors write it: {@code 03-30} (30 March of
 * the plan year), {@code +1-01-31} (31 January of the next), {@code -1-12-01} (1 December of the
 * one before). 29 February in a year without it is the 28th.
 */
public record YearDate(int yearOffset, MonthDay monthDay) {

    private static final Pattern FORM = Pattern.compile("([+-]\\d)?-?(\\d{2})-(\\d{2})");

    public static YearDate parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a day of the year (MM-DD, +1-MM-DD or -1-MM-DD)");
        }
        int offset = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        try {
            return new YearDate(offset, MonthDay.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a day of the year: " + e.getMessage(), e);
        }
    }

    public LocalDate in(int planYear) {
        return monthDay.atYear(planYear + yearOffset);
    }

    @Override
    public String toString() {
        return (yearOffset == 0 ? "" : String.format("%+d-", yearOffset)) + monthDay.toString().substring(2);
    }
}
