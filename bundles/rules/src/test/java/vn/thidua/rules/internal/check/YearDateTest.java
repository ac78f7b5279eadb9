package vn.thidua.rules.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class YearDateTest {

    @ParameterizedTest
    @CsvSource({
        "03-30, 2023, 2023-03-30",
        "+1-01-31, 2023, 2024-01-31",
        "-1-12-01, 2023, 2022-12-01",
        "02-29, 2024, 2024-02-29",
        "02-29, 2023, 2023-02-28",
        "+1-02-29, 2023, 2024-02-29",
        "+1-02-29, 2024, 2025-02-28"})
    void aDayOfTheYearFallsInTheYearItIsRelativeTo(String written, int planYear, LocalDate expected) {
        YearDate day = YearDate.parse(written);

        assertThat(day.in(planYear)).isEqualTo(expected);
        assertThat(day).hasToString(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"13-01", "02-30", "2024-01-01", "3-30", "+1/01/31", ""})
    void whatIsNoDayOfTheYearIsRefused(String written) {
        assertThatThrownBy(() -> YearDate.parse(written)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + written + "' is not a day of the year");
    }
}
