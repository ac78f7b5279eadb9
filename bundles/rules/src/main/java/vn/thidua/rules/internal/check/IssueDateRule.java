package vn.thidua.rules.internal.check;

import vn.thidua.plan.DateLine;
import vn.thidua.plan.PartialDate;
import vn.thidua.rules.internal.descriptor.PackDescriptor;

/**
 * {@code issue-date}: the date line falls in the plan's year, or late in the year before (a plan
 * for next year issued in December). Parameters: {@code required} (default true),
 * {@code previousYearFromMonth} (from which month of the year before, default 11; 0 allows none).
 */
final class IssueDateRule implements Rule {

    private final boolean required;
    private final int previousYearFromMonth;

    IssueDateRule(Params params, PackDescriptor pack) {
        required = params.get("required", Boolean.class, true);
        previousYearFromMonth = params.get("previousYearFromMonth", Integer.class, 11);
        if (previousYearFromMonth < 0 || previousYearFromMonth > 12) {
            throw params.invalid("previousYearFromMonth", "must be a month (1-12) or 0, was " + previousYearFromMonth);
        }
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        DateLine line = context.plan().dateLine();
        int year = context.year();
        if (line == null) {
            if (required) {
                findings.add("/dateLine", "Kế hoạch không có địa danh và ngày ban hành", "ngày ban hành trong năm " + year,
                        "(không có)");
            }
            return;
        }
        PartialDate date = line.date();
        boolean inYear = date.year() == year;
        boolean lateYearBefore = previousYearFromMonth > 0 && date.year() == year - 1 && date.month() != null
                && date.month() >= previousYearFromMonth;
        if (!inYear && !lateYearBefore) {
            String expected = "năm " + year + (previousYearFromMonth > 0
                    ? " (hoặc từ tháng " + previousYearFromMonth + " năm " + (year - 1) + ")" : "");
            String found = (date.month() == null ? "" : "tháng " + date.month() + " ") + "năm " + date.year();
            findings.add("/dateLine/date", "Ngày ban hành không khớp với năm của kế hoạch", expected, found);
        }
    }
}
