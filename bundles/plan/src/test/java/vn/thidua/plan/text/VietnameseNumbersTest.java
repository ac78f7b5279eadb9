package vn.thidua.plan.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1,2|1.2", "540.000|540000", "19,3|19.3", "02|2", "1.234,5|1234.5", "100|100"})
    void readsDotsAsThousandsAndCommasAsDecimals(String text, BigDecimal expected) {
        assertThat(VietnameseNumbers.parse(text)).isEqualByComparingTo(expected);
    }

    @Test
    void refusesAnEnglishDecimalPointRatherThanMisreadingIt() {
        assertThatThrownBy(() -> VietnameseNumbers.parse("1.2")).hasMessageContaining("'1.2'");
        assertThatThrownBy(() -> VietnameseNumbers.parse("12a")).hasMessageContaining("'12a'");
    }

    @Test
    void writesTheVietnameseWay() {
        assertThat(VietnameseNumbers.format(new BigDecimal("540000"))).isEqualTo("540.000");
        assertThat(VietnameseNumbers.format(new BigDecimal("1.2"))).isEqualTo("1,2");
        assertThat(VietnameseNumbers.format(new BigDecimal("1234.5"))).isEqualTo("1.234,5");
    }
}
