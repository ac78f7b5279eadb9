package vn.thidua.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.Plan;
import vn.thidua.rules.PackChange;
import vn.thidua.rules.PackCheckReport;
import vn.thidua.rules.RulePack;
import vn.thidua.rules.RulePackInfo;
import vn.thidua.rules.RulePackRegistry;
import vn.thidua.rules.ValidationReport;

/** The administrator's path without Java: scaffold next year's pack from the one in force, then check it. */
class PackScaffoldTest {

    private final PackCatalog catalog = ShippedPacks.catalog();
    private final RulePackRegistry registry = new RulePackRegistry() {
        @Override
        public List<RulePackInfo> packs() {
            return catalog.packs();
        }

        @Override
        public Optional<RulePack> pack(String id) {
            return catalog.pack(id);
        }

        @Override
        public Optional<RulePack> inForce(String provinceCode, LocalDate date) {
            return catalog.inForce(provinceCode, date).map(p -> p);
        }

        @Override
        public LocalDate dateOf(Plan plan) {
            return PlanDates.dateOf(plan);
        }

        @Override
        public ValidationReport validate(Plan plan) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Plan draft(String provinceCode, int year) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void nextYearsPackStartsFromTheOneInForceAndChecksInstallableWithOnlyItsPeriodChanged() {
        String yaml = RulePackCheckerComponent.scaffold(registry, "gia-lai", 2027).orElseThrow();

        assertThat(yaml).startsWith("# Rule pack for 2027, started from gia-lai@2025.7.0")
                .contains("thidua:pack-check").contains("  version: 2027.0.0\n").contains("  validFrom: 2027-01-01\n");
        PackCheckReport report = new PackCheck(registry::inForce, LocalDate.of(2026, 12, 4))
                .check(yaml.getBytes(StandardCharsets.UTF_8), "gia-lai-2027.yaml", List.of());
        assertThat(report.problems()).isEmpty();
        assertThat(report.inForce()).isEqualTo("gia-lai@2025.7.0");
        assertThat(report.changes()).containsExactly(
                new PackChange("pack", "changed", "version", "2025.7.0", "2027.0.0"),
                new PackChange("pack", "changed", "validFrom", "2025-07-01", "2027-01-01"));
    }

    @Test
    void aProvinceWithoutAPackInForceHasNothingToStartFrom() {
        assertThat(RulePackCheckerComponent.scaffold(registry, "quang-ninh", 2027)).isEmpty();
        assertThat(RulePackCheckerComponent.scaffold(registry, "gia-lai", 2020)).isEmpty();
    }
}
