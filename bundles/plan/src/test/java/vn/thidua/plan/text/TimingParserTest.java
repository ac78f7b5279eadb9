package vn.thidua.plan.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.Timing;
import vn.thidua.plan.TimingKind;

/** The forms of time the seeds use, each with the dates it means. */
class TimingParserTest {

    @Test
    void deadlineWithOrWithoutNgay() {
        Timing t = TimingParser.parse(null, "Trước 08/7/2018", 2018);
        assertThat(t.kind()).isEqualTo(TimingKind.DEADLINE);
        assertThat(t.to()).isEqualTo(LocalDate.of(2018, 7, 8));
        assertThat(t.from()).isNull();
        assertThat(TimingParser.parse("Thời gian hoàn thành", "trước ngày 20/3/2024.", 2024).to())
                .isEqualTo(LocalDate.of(2024, 3, 20));
    }

    @Test
    void daysOfOneMonth() {
        Timing t = TimingParser.parse(null, "Từ ngày 15 đến 25/12/2018", 2018);
        assertThat(t.kind()).isEqualTo(TimingKind.RANGE);
        assertThat(t.from()).isEqualTo(LocalDate.of(2018, 12, 15));
        assertThat(t.to()).isEqualTo(LocalDate.of(2018, 12, 25));
    }

    @Test
    void rangesThatLeaveTheYearOutTakeThePlanYear() {
        Timing t = TimingParser.parse(null, "Từ 01/01 đến 30/6/", 2020);
        assertThat(t.from()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(t.to()).isEqualTo(LocalDate.of(2020, 6, 30));
        Timing typo = TimingParser.parse(null, "Từ ngày 01/7/2014 đến 31/12", 2020);
        assertThat(typo.from()).as("as written").isEqualTo(LocalDate.of(2014, 7, 1));
        assertThat(typo.to()).isEqualTo(LocalDate.of(2020, 12, 31));
    }

    @Test
    void rangesFromTheStartOrToTheEndOfTheYear() {
        assertThat(TimingParser.parse(null, "Từ đầu năm 2024 đến 30/6/2024", 2024).from())
                .isEqualTo(LocalDate.of(2024, 1, 1));
        Timing second = TimingParser.parse(null, "Từ 01/7/2024 đến kết thúc năm 2024", 2024);
        assertThat(second.from()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(second.to()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void quarterOfThePlanYear() {
        Timing t = TimingParser.parse(null, "Quý II", 2018);
        assertThat(t.kind()).isEqualTo(TimingKind.QUARTER);
        assertThat(t.quarter()).isEqualTo(2);
        assertThat(t.from()).isEqualTo(LocalDate.of(2018, 4, 1));
        assertThat(t.to()).isEqualTo(LocalDate.of(2018, 6, 30));
        assertThat(TimingParser.parse(null, "Quý IV", 2018).to()).isEqualTo(LocalDate.of(2018, 12, 31));
    }

    @Test
    void monthAndTentativeMonth() {
        Timing t = TimingParser.parse("Thời gian hoàn thành", "Trong tháng 12/2023.", 2023);
        assertThat(t.kind()).isEqualTo(TimingKind.MONTH);
        assertThat(t.from()).isEqualTo(LocalDate.of(2023, 12, 1));
        assertThat(t.to()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(t.tentative()).isFalse();
        Timing tentative = TimingParser.parse("Thời gian", "dự kiến trong tháng 7/2023.", 2023);
        assertThat(tentative.tentative()).isTrue();
        assertThat(tentative.to()).isEqualTo(LocalDate.of(2023, 7, 31));
        assertThat(TimingParser.parse(null, "trong tháng 04/2024.", 2024).from()).isEqualTo(LocalDate.of(2024, 4, 1));
    }

    @Test
    void timeSetElsewhereHasNoDates() {
        Timing t = TimingParser.parse(null, "Theo kế hoạch của Khối.", 2023);
        assertThat(t.kind()).isEqualTo(TimingKind.RELATIVE);
        assertThat(t.from()).isNull();
        assertThat(t.to()).isNull();
        assertThat(t.text()).as("original wording kept").isEqualTo("Theo kế hoạch của Khối.");
    }

    @Test
    void unknownWordingAndImpossibleDatesAreRefusedWithTheWording() {
        assertThatThrownBy(() -> TimingParser.parse(null, "Sau Tết", 2024))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Sau Tết'");
        assertThatThrownBy(() -> TimingParser.parse(null, "Trước 31/6/2024", 2024))
                .hasMessageContaining("31/6/2024");
        assertThatThrownBy(() -> TimingParser.parse(null, "Trong tháng 13/2024", 2024))
                .hasMessageContaining("13/2024");
        assertThatThrownBy(() -> TimingParser.parse(null, "Từ 30/6 đến 01/01", 2024))
                .hasMessageContaining("ends before it starts");
    }
}
