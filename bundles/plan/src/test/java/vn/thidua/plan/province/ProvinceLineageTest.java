package vn.thidua.plan.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.Province;

class ProvinceLineageTest {

    private static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
    private static final LocalDate AFTER = LocalDate.of(2025, 7, 1);

    private final ProvinceLineage lineage = ProvinceLineage.standard();

    @Test
    void sixtyThreeUnitsBeforeTheReformAndThirtyFourAfter() {
        assertThat(lineage.inForceOn(BEFORE)).hasSize(63);
        assertThat(lineage.inForceOn(AFTER)).hasSize(34);
        assertThat(lineage.inForceOn(AFTER).stream().filter(u -> u.kind() == UnitKind.CITY).map(ProvinceUnit::code))
                .containsExactlyInAnyOrder("ha-noi", "hue", "hai-phong", "da-nang", "ho-chi-minh", "can-tho");
    }

    @Test
    void everyRecordHasSourcesAndAProjectCode() {
        assertThat(lineage.units()).allSatisfy(u -> {
            assertThat(u.sources()).isNotEmpty();
            assertThat(Province.isCode(u.code())).isTrue();
            assertThat(u.name()).isEqualTo(java.text.Normalizer.normalize(u.name(), java.text.Normalizer.Form.NFC));
        });
        assertThat(lineage.sources()).isNotEmpty();
    }

    @Test
    void aContinuingNameHasTwoPeriodsUnderOneCode() {
        assertThat(lineage.periods("bac-ninh")).hasSize(2);
        ProvinceUnit old = lineage.unit("bac-ninh", BEFORE).orElseThrow();
        ProvinceUnit merged = lineage.unit("bac-ninh", AFTER).orElseThrow();
        assertThat(old.to()).isEqualTo(BEFORE);
        assertThat(merged.from()).isEqualTo(AFTER);
        assertThat(merged.predecessors()).containsExactlyInAnyOrder("bac-ninh", "bac-giang");
        assertThat(lineage.predecessors(merged)).extracting(ProvinceUnit::name).containsExactlyInAnyOrder("Bắc Ninh", "Bắc Giang");
        assertThat(lineage.successor(old)).contains(merged);
    }

    @Test
    void theThreeMergedBoardsProvinces() {
        assertThat(lineage.lineage("bac-ninh")).containsExactly("bac-giang", "bac-ninh");
        assertThat(lineage.lineage("gia-lai")).containsExactly("binh-dinh", "gia-lai");
        assertThat(lineage.lineage("hung-yen")).containsExactly("hung-yen", "thai-binh");
        assertThat(lineage.lineage("ho-chi-minh")).containsExactly("ba-ria-vung-tau", "binh-duong", "ho-chi-minh");
        assertThat(lineage.lineage("ha-noi")).containsExactly("ha-noi");
        assertThat(lineage.lineage("atlantis")).isEmpty();
    }

    @Test
    void aDissolvedUnitNamesItsSuccessorOnlyAfterItEnded() {
        assertThat(lineage.unit("bac-giang", LocalDate.of(2027, 1, 1))).isEmpty();
        assertThat(lineage.successorOn("bac-giang", LocalDate.of(2027, 1, 1))).map(ProvinceUnit::code).contains("bac-ninh");
        assertThat(lineage.successorOn("bac-giang", BEFORE)).isEmpty();
        assertThat(lineage.successorOn("gia-lai", LocalDate.of(2027, 1, 1))).isEmpty();
        assertThatThrownBy(() -> lineage.requireInForce("bac-giang", LocalDate.of(2027, 1, 1)))
                .isInstanceOf(DissolvedProvinceException.class)
                .hasMessageContaining("tỉnh Bắc Ninh (bac-ninh)")
                .hasMessageContaining("2025-06-30");
        lineage.requireInForce("bac-giang", LocalDate.of(2024, 1, 5));
        lineage.requireInForce("bac-ninh", LocalDate.of(2027, 1, 1));
    }

    @Test
    void everyEndedUnitHasExactlyOneSuccessorInForceAfterTheReform() {
        Set<String> ended = lineage.units().stream().filter(u -> u.to() != null).map(ProvinceUnit::code)
                .collect(Collectors.toSet());
        assertThat(ended).hasSize(53);
        for (String code : ended) {
            ProvinceUnit successor = lineage.unit(code, AFTER)
                    .or(() -> lineage.successorOn(code, AFTER)).orElseThrow();
            assertThat(lineage.lineage(successor.code())).contains(code);
        }
    }

    @Test
    void thuaThienHueBecameTheCityOfHueBeforeTheReform() {
        assertThat(lineage.inForceOn(LocalDate.of(2024, 12, 31))).hasSize(63).extracting(ProvinceUnit::code)
                .contains("thua-thien-hue").doesNotContain("hue");
        assertThat(lineage.successorOn("thua-thien-hue", LocalDate.of(2025, 1, 1))).map(ProvinceUnit::code).contains("hue");
        assertThat(lineage.lineage("hue")).containsExactly("hue", "thua-thien-hue");
    }

    @Test
    void anUnknownCodeGetsTheClosestKnownNamesWithoutDiacritics() {
        assertThat(lineage.closest("bac-nihn", 3)).extracting(ProvinceUnit::code).first().isEqualTo("bac-ninh");
        assertThat(lineage.closest("Bắc Giang", 1)).extracting(ProvinceUnit::code).containsExactly("bac-giang");
        assertThat(lineage.closest("ĐĂK LĂK", 1)).extracting(ProvinceUnit::code).containsExactly("dak-lak");
        assertThat(lineage.closest("hochiminh", 1)).extracting(ProvinceUnit::code).containsExactly("ho-chi-minh");
        assertThatThrownBy(() -> lineage.requireKnown("hung-yenn"))
                .isInstanceOfSatisfying(UnknownProvinceException.class, e -> {
                    assertThat(e.closest()).extracting(ProvinceUnit::code).first().isEqualTo("hung-yen");
                    assertThat(e.getMessage()).contains("Unknown province 'hung-yenn'").contains("Hưng Yên (hung-yen)");
                });
    }

    @Test
    void foldingDropsMarksAndJoinsWords() {
        assertThat(ProvinceLineage.fold("Bà Rịa – Vũng Tàu")).isEqualTo("ba-ria-vung-tau");
        assertThat(ProvinceLineage.fold("Đà Nẵng")).isEqualTo("da-nang");
    }
}
