package vn.thidua.plan.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.thidua.plan.PartialDate;

class VietnameseDatesTest {

    @ParameterizedTest
    @CsvSource({"16/3/2018,2018-03-16", "08/7/2018,2018-07-08", "30/01/2019,2019-01-30", "1/1/2024,2024-01-01"})
    void readsTheShortForm(String text, LocalDate expected) {
        assertThat(VietnameseDates.parseShort(text)).isEqualTo(expected);
    }

    @Test
    void refusesDatesThatDoNotExist() {
        assertThatThrownBy(() -> VietnameseDates.parseShort("30/02/2024")).hasMessageContaining("30/02/2024");
        assertThatThrownBy(() -> VietnameseDates.parseShort("2024-02-01")).hasMessageContaining("ngày/tháng/năm");
    }

    @Test
    void readsTheLongFormAndTheBlanksOfADraft() {
        assertThat(VietnameseDates.parseLong("Bắc Giang, ngày 16 tháng 3 năm 2018"))
                .isEqualTo(new PartialDate(16, 3, 2018));
        assertThat(VietnameseDates.parseLong("ngày tháng 01 năm 2024")).isEqualTo(new PartialDate(null, 1, 2024));
        assertThat(VietnameseDates.parseLong("Hung Yên, ngày tháng năm 2024"))
                .isEqualTo(new PartialDate(null, null, 2024));
    }

    @Test
    void writesLeadingZerosTheWayNghiDinh30Asks() {
        assertThat(VietnameseDates.formatLong(LocalDate.of(2026, 1, 5))).isEqualTo("ngày 05 tháng 01 năm 2026");
        assertThat(VietnameseDates.formatLong(LocalDate.of(2018, 3, 16))).isEqualTo("ngày 16 tháng 3 năm 2018");
        assertThat(VietnameseDates.formatLong(LocalDate.of(2025, 12, 3))).isEqualTo("ngày 03 tháng 12 năm 2025");
        assertThat(VietnameseDates.formatShort(LocalDate.of(2018, 7, 8))).isEqualTo("08/7/2018");
        assertThat(VietnameseDates.formatShort(LocalDate.of(2026, 1, 5))).isEqualTo("05/01/2026");
        assertThat(VietnameseDates.formatLong(new PartialDate(null, 1, 2024))).as("three spaces where the day will be written").isEqualTo("ngày " + "   " + " tháng 01 năm 2024");
    }

    @Test
    void aWrittenDateReadsBackToTheSameDate() {
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() == 2024; d = d.plusDays(1)) {
            assertThat(VietnameseDates.parseLong(VietnameseDates.formatLong(d)).toLocalDate()).contains(d);
            assertThat(VietnameseDates.parseShort(VietnameseDates.formatShort(d))).isEqualTo(d);
        }
    }
}
