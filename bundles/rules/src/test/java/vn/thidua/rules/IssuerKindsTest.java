package vn.thidua.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import vn.thidua.plan.IssuerKind;
import vn.thidua.plan.IssuingBody;
import vn.thidua.plan.seed.Fixtures;

/** The issuer kind read from the agency line, until the plan model records it. */
class IssuerKindsTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
        "ỦY BAN NHÂN DÂN TỈNH BẮC NINH | PEOPLES_COMMITTEE",
        "UỶ BAN NHÂN DÂN TỈNH BẮC NINH | PEOPLES_COMMITTEE",
        "UBND TỈNH HƯNG YÊN | PEOPLES_COMMITTEE",
        "  ủy ban nhân dân   tỉnh gia lai | PEOPLES_COMMITTEE",
        "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP | BOARD",
        "BAN QUẢN LÝ KHU KINH TẾ | BOARD",
        "KHỐI THI ĐUA BAN QUẢN LÝ CÁC KCN CÁC TỈNH TRUNG DU VÀ MIỀN NÚI PHÍA BẮC | BOARD",
        "[tên Ban Quản lý sau hợp nhất: chưa có nguồn] | BOARD",
        "SỞ NỘI VỤ | DEPARTMENT",
        "SỞ KẾ HOẠCH VÀ ĐẦU TƯ | DEPARTMENT",
        "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG | BOARD"})
    void theAgencyLineNamesTheIssuerKind(String agency, IssuerKind expected) {
        assertThat(IssuerKinds.of(new IssuingBody("UBND TỈNH BẮC NINH", agency))).isEqualTo(expected);
    }

    /** A letterhead pasted with its line breaks or tabs, or with a vowel decomposed (NFD). */
    static Stream<Arguments> agencyLinesAsPasted() {
        return Stream.of(
                Arguments.of("ỦY BAN\nNHÂN DÂN\r\nTỈNH GIA LAI", IssuerKind.PEOPLES_COMMITTEE),
                Arguments.of("U\u0309Y BAN NHA\u0302N DA\u0302N TỈNH GIA LAI", IssuerKind.PEOPLES_COMMITTEE),
                Arguments.of("SỞ\tNỘI VỤ", IssuerKind.DEPARTMENT),
                Arguments.of("SỞ\n\n  CÔNG THƯƠNG", IssuerKind.DEPARTMENT),
                Arguments.of("BAN\u000BQUẢN\fLÝ KHU KINH TẾ", IssuerKind.BOARD),
                Arguments.of("SỞNỘI VỤ", IssuerKind.BOARD));
    }

    @ParameterizedTest
    @MethodSource("agencyLinesAsPasted")
    void anyRunOfSpacesAndAnyNormalFormReadsAsOneSpaceInNfc(String agency, IssuerKind expected) {
        assertThat(IssuerKinds.ofAgency(agency)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "seed {0} is a board's plan")
    @CsvSource({"000_d3ad60d258665efa", "001_b902e8c9f1ecfedd", "002_d4688f34a2318412", "003_44668950db2da263",
        "004_a5c35aef69c6ea26"})
    void everySeedIsABoardsPlan(String seed) {
        assertThat(IssuerKinds.of(Fixtures.plan(seed))).isEqualTo(IssuerKind.BOARD);
    }
}
