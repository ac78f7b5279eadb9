package vn.thidua.importer.internal.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.thidua.plan.Anniversary;

/**
 * The national days plans have their phases honour, found in a phase's words: each named as the
 * text writes it, with its day and month (and the year of the event where the day commemorates
 * one), and the date as written when the text gives it ({@code Quốc khánh 2/9}). A province's own day
 * (Ngày thành lập tỉnh) is read with the date the text gives, and its year from {@link ProvinceFoundingDays}.
 */
final class NationalDays {

    private record Day(Pattern name, int day, int month, Integer eventYear) {
    }

    private static final List<Day> DAYS = List.of(
            day("[Nn]gày thành lập Đảng Cộng sản Việt Nam", 3, 2, 1930),
            day("[Nn]gày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh", 26, 3, 1931),
            day("[Nn]gày [Gg]iải phóng [Mm]iền Nam,? thống nhất đất nước", 30, 4, 1975),
            day("[Nn]gày Quốc tế Lao động", 1, 5, null),
            day("[Nn]gày [Cc]hiến thắng Điện Biên Phủ", 7, 5, 1954),
            day("[Nn]gày sinh Chủ tịch Hồ Chí Minh", 19, 5, 1890),
            day("[Nn]gày Chủ tịch Hồ Chí Minh ra lời kêu gọi thi đua ái quốc", 11, 6, 1948),
            day("[Nn]gày Cách mạng [Tt]háng (?:Tám|8)(?: thành công)?", 19, 8, 1945),
            day("Quốc khánh", 2, 9, 1945),
            day("[Nn]gày Doanh nhân Việt Nam", 13, 10, null),
            day("[Nn]gày Nhà giáo Việt Nam", 20, 11, null),
            day("[Nn]gày thành lập Quân đội nhân dân Việt Nam", 22, 12, 1944),
            day("[Nn]gày hội Quốc phòng toàn dân", 22, 12, null));
    private static final Pattern PROVINCE_DAY = Pattern.compile("[Nn]gày thành lập tỉnh(?: [\\p{Lu}][\\p{L}]*(?: [\\p{Lu}][\\p{L}]*)*)?(?= (\\d{1,2})/(\\d{1,2})\\b)");
    private static final Pattern DATE_AFTER = Pattern.compile("^ \\(?(\\d{1,2}/\\d{1,2})\\)?(?![\\d/])");

    private NationalDays() {
    }

    private static Day day(String name, int day, int month, Integer eventYear) {
        return new Day(Pattern.compile(name), day, month, eventYear);
    }

    /** The days named in the text, in the order it names them; the province's own day with its year where it is known. */
    static List<Anniversary> in(String text, ProvinceFoundingDays provinceDays) {
        record Found(int at, Anniversary anniversary) {
        }
        List<Found> found = new ArrayList<>();
        for (Day d : DAYS) {
            Matcher m = d.name().matcher(text);
            if (m.find()) {
                found.add(new Found(m.start(), new Anniversary(m.group(), d.day(), d.month(), d.eventYear(),
                        dateAfter(text, m.end()))));
            }
        }
        Matcher p = PROVINCE_DAY.matcher(text);
        if (p.find()) {
            int day = Integer.parseInt(p.group(1));
            int month = Integer.parseInt(p.group(2));
            found.add(new Found(p.start(), new Anniversary(p.group(), day, month, provinceDays.yearOf(day, month),
                    p.group(1) + "/" + p.group(2))));
        }
        found.sort(java.util.Comparator.comparingInt(Found::at));
        return found.stream().map(Found::anniversary).toList();
    }

    private static String dateAfter(String text, int end) {
        Matcher m = DATE_AFTER.matcher(text.substring(end));
        return m.find() ? m.group(1) : null;
    }
}
