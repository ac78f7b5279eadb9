package vn.thidua.plan.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class NfcTest {

    /** Every character {@link Nfc.surely} lets through without asking the normalizer. */
    private static List<Character> passed() {
        List<Character> passed = new ArrayList<>();
        for (char c = 0; c < 0xFFFF; c++) {
            if (Nfc.surely(String.valueOf(c))) {
                passed.add(c);
            }
        }
        return passed;
    }

    @Test
    void everyPairOfTheCharactersLetThroughIsNfcForTheJdkToo() {
        List<Character> passed = passed();
        assertThat(passed).hasSize(0x300 + 0x100 + 0x18);
        StringBuilder pair = new StringBuilder("..");
        int notNfc = 0;
        for (char a : passed) {
            pair.setCharAt(0, a);
            for (char b : passed) {
                pair.setCharAt(1, b);
                if (!Normalizer.isNormalized(pair, Normalizer.Form.NFC)) {
                    notNfc++;
                }
            }
        }
        assertThat(notNfc).isZero();
    }

    @Test
    void decomposedAndOtherTextsStillGoThroughTheNormalizer() {
        assertThat(Nfc.surely("Tổ chức thực hiện – “Đắk” …")).isTrue();
        assertThat(Nfc.surely("to\u0302\u0309")).isFalse();
        assertThat(Nfc.of("to\u0302\u0309 chu\u031B\u0301c")).isEqualTo("tổ chức");
        assertThat(Nfc.of("\u2126")).as("a singleton outside the ranges").isEqualTo("\u03A9");
        assertThat(Nfc.of("Kế hoạch")).isSameAs(Nfc.of("Kế hoạch")).isEqualTo("Kế hoạch");
    }
}
