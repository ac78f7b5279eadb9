package vn.thidua.importer.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.Anniversary;

class ProvinceFoundingDaysTest {

    // Seed 001 (Bắc Giang, 2024), its second phase.
    private static final String BAC_GIANG_PHASE = "Đợt thi đua thứ hai: Từ 01/7/2024 đến kết thúc năm 2024, trọng tâm là thi đua"
            + " lập thành tích chào mừng Ngày Cách mạng Tháng Tám thành công và Quốc khánh 2/9, Ngày thành lập tỉnh 10/10;"
            + " kỷ niệm ngày Nhà giáo Việt Nam 20/11.";

    private static Anniversary provinceDay(String text, ProvinceFoundingDays days) {
        List<Anniversary> found = NationalDays.in(text, days);
        return found.stream().filter(a -> a.name().startsWith("Ngày thành lập tỉnh")).findFirst().orElseThrow();
    }

    @Test
    void aBacGiangPlanBeforeTheMergerGetsTheYearItsProvinceWasFounded() {
        Anniversary day = provinceDay(BAC_GIANG_PHASE, new ProvinceFoundingDays("bac-giang", LocalDate.of(2024, 1, 15)));

        assertThat(day.eventYear()).isEqualTo(1895);
        assertThat(day.day()).isEqualTo(10);
        assertThat(day.month()).isEqualTo(10);
        assertThat(day.dateText()).isEqualTo("10/10");
    }

    @Test
    void aGiaLaiPlanNamingItsProvinceGetsTheYearToo() {
        Anniversary day = provinceDay("Đợt 1: từ 01/01/2023 đến 30/6/2023, chào mừng Ngày thành lập tỉnh Gia Lai 24/5.",
                new ProvinceFoundingDays("gia-lai", LocalDate.of(2023, 2, 1)));

        assertThat(day.name()).isEqualTo("Ngày thành lập tỉnh Gia Lai");
        assertThat(day.eventYear()).isEqualTo(1932);
    }

    @Test
    void aDateThatIsNotTheProvincesDayGetsNoYear() {
        assertThat(provinceDay(BAC_GIANG_PHASE.replace("10/10", "11/10"),
                new ProvinceFoundingDays("bac-giang", LocalDate.of(2024, 1, 15))).eventYear()).isNull();
    }

    @Test
    void afterTheMergerAndForAnUnknownProvinceOrDateNoYearIsGuessed() {
        assertThat(provinceDay(BAC_GIANG_PHASE, new ProvinceFoundingDays("gia-lai", LocalDate.of(2025, 7, 1))).eventYear())
                .as("the merged Gia Lai's day has no source").isNull();
        assertThat(provinceDay(BAC_GIANG_PHASE, new ProvinceFoundingDays("bac-ninh", LocalDate.of(2024, 3, 1))).eventYear())
                .as("a province the table does not know").isNull();
        assertThat(provinceDay(BAC_GIANG_PHASE, new ProvinceFoundingDays("bac-giang", null)).eventYear())
                .as("a plan without a full date").isNull();
        assertThat(provinceDay(BAC_GIANG_PHASE, ProvinceFoundingDays.none()).eventYear()).isNull();
    }

    @Test
    void aPlanDatedOnlyByMonthOrYearIsDatedByItsLastPossibleDay() {
        assertThat(PlanRecognizer.latestDate(new vn.thidua.plan.DateLine("Bắc Giang", new vn.thidua.plan.PartialDate(null, 1, 2024),
                "Bắc Giang, ngày tháng 01 năm 2024"), 2024)).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(PlanRecognizer.latestDate(new vn.thidua.plan.DateLine("Gia Lai", new vn.thidua.plan.PartialDate(null, null, 2025),
                "Gia Lai, ngày tháng năm 2025"), 2025)).as("2025 may be after the merger").isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(PlanRecognizer.latestDate(null, 2024)).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(PlanRecognizer.latestDate(new vn.thidua.plan.DateLine("Bắc Giang", new vn.thidua.plan.PartialDate(22, 1, 2024),
                null), 2024)).isEqualTo(LocalDate.of(2024, 1, 22));
    }
}
