package vn.thidua.importer.internal.recognize;

import java.time.LocalDate;
import java.util.List;

/**
 * The founding days of provinces that the project has a source for (shared/domain/facts.md, "Province founding days"), so
 * that "Ngày thành lập tỉnh 10/10" in a Bắc Giang plan gets the year of the event as a person encoding it would write.
 * Only for plans before the merger of 1/7/2025: no source says which day the merged provinces keep, and a province
 * merged away has no day after it. A day the table does not know, or a date in the text that is not the table's, is
 * left without a year for a person to set (the review list asks).
 */
final class ProvinceFoundingDays {

    private record Founding(String province, int day, int month, int year) {
    }

    private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

    // Hưng Yên (1831) is not here: its sources agree on the year but not on the day.
    private static final List<Founding> KNOWN = List.of(
            new Founding("bac-giang", 10, 10, 1895),
            new Founding("gia-lai", 24, 5, 1932),
            new Founding("thai-binh", 21, 3, 1890));

    private final String province;
    private final LocalDate planDate;

    /** The days of one province, as of the plan's date (null when the plan's date or province is not known). */
    ProvinceFoundingDays(String province, LocalDate planDate) { // planDate: the last day the plan can be dated
        this.province = province;
        this.planDate = planDate;
    }

    static ProvinceFoundingDays none() {
        return new ProvinceFoundingDays(null, null);
    }

    /** The year the province was founded if its day is the one written, else null. */
    Integer yearOf(int day, int month) {
        if (province == null || planDate == null || !planDate.isBefore(MERGER)) {
            return null;
        }
        return KNOWN.stream().filter(f -> f.province().equals(province) && f.day() == day && f.month() == month)
                .map(Founding::year).findFirst().orElse(null);
    }
}
