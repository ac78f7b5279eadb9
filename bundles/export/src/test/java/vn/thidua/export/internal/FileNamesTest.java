package vn.thidua.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.seed.Fixtures;

class FileNamesTest {

    @Test
    void aNumberedPlanIsNamedByNumberSymbolAndYear() {
        assertThat(FileNames.of(Fixtures.plan("000_d3ad60d258665efa"), "docx")).isEqualTo("KH-08-KH-TDMNPB-2018.docx");
    }

    @Test
    void aDraftIsNamedBySymbolAndYear() {
        assertThat(FileNames.of(Fixtures.plan("001_b902e8c9f1ecfedd"), "pdf")).isEqualTo("KH-KH-KCN-2024.pdf");
    }

    @Test
    void aPlanWithoutNumberIsNamedByProvince() {
        assertThat(FileNames.of(Fixtures.plan("002_d4688f34a2318412"), "ics")).isEqualTo("KH-bac-giang-2020.ics");
    }

    @Test
    void vietnameseLettersAreFoldedToAscii() {
        assertThat(FileNames.ascii("KH-BQLKKT Đắk Lắk")).isEqualTo("KH-BQLKKT-Dak-Lak");
    }
}
