package vn.thidua.rules.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.province.DissolvedProvinceException;
import vn.thidua.plan.province.UnknownProvinceException;

/** The province checks the registry makes before it looks for a pack, on the shipped packs. */
class ProvinceGateTest {

    private final PackCatalog catalog = ShippedPacks.catalog();

    @Test
    void aDissolvedProvinceIsRefusedAfterItsEndNamingItsSuccessorWhateverPackIsLoaded() {
        assertThatThrownBy(() -> ProvinceGate.check("bac-giang", LocalDate.of(2027, 1, 1), catalog::knows))
                .isInstanceOfSatisfying(DissolvedProvinceException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.successor().code()).isEqualTo("bac-ninh");
                    org.assertj.core.api.Assertions.assertThat(e.getMessage()).contains("tỉnh Bắc Ninh (bac-ninh)");
                });
        assertThatThrownBy(() -> ProvinceGate.check("thai-binh", LocalDate.of(2025, 7, 1), catalog::knows))
                .hasMessageContaining("tỉnh Hưng Yên (hung-yen)");
    }

    @Test
    void theSeedsDatesAndTheContinuingNamesPass() {
        assertThatCode(() -> ProvinceGate.check("bac-giang", LocalDate.of(2024, 1, 1), catalog::knows)).doesNotThrowAnyException();
        assertThatCode(() -> ProvinceGate.check("bac-giang", LocalDate.of(2025, 6, 30), catalog::knows)).doesNotThrowAnyException();
        assertThatCode(() -> ProvinceGate.check("gia-lai", LocalDate.of(2027, 1, 1), catalog::knows)).doesNotThrowAnyException();
        assertThatCode(() -> ProvinceGate.check("hung-yen", LocalDate.of(2026, 1, 1), catalog::knows)).doesNotThrowAnyException();
    }

    @Test
    void anUnknownCodeIsRefusedWithTheClosestNamesUnlessAPackCarriesIt() {
        assertThatThrownBy(() -> ProvinceGate.check("bac-ginag", LocalDate.of(2024, 1, 1), catalog::knows))
                .isInstanceOf(UnknownProvinceException.class).hasMessageContaining("Bắc Giang (bac-giang)");
        assertThatCode(() -> ProvinceGate.check("test-only", LocalDate.of(2024, 1, 1), "test-only"::equals))
                .doesNotThrowAnyException();
    }
}
