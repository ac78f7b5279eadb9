package vn.thidua.rules.internal;

import java.time.LocalDate;
import java.util.function.Predicate;

import vn.thidua.plan.province.DissolvedProvinceException;
import vn.thidua.plan.province.ProvinceLineage;
import vn.thidua.plan.province.UnknownProvinceException;

/**
 * What the registry checks of a province before it looks for a pack: a province that had ceased to exist on
 * the plan's date is refused naming its successor (Bắc Giang in 2027: Bắc Ninh), whatever pack claims that
 * date; a code neither the province map nor any loaded pack knows is refused with the closest known names.
 * A code only a pack knows (a test or a future unit) passes, and its packs decide.
 */
final class ProvinceGate {

    private ProvinceGate() {
    }

    /**
     * @param packKnows whether a loaded pack carries the code
     * @throws DissolvedProvinceException when the province had ended by {@code date}
     * @throws UnknownProvinceException   when nothing knows the code
     */
    static void check(String provinceCode, LocalDate date, Predicate<String> packKnows) {
        ProvinceLineage provinces = ProvinceLineage.standard();
        if (provinces.isKnown(provinceCode)) {
            provinces.requireInForce(provinceCode, date);
        } else if (!packKnows.test(provinceCode)) {
            provinces.requireKnown(provinceCode);
        }
    }
}
