package vn.thidua.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.rules.PackChange;
import vn.thidua.rules.PackCheckReport;

/** The administrator's path without Java: scaffold next year's pack from the one in force, then check it. */
class PackScaffoldTest {

    private final CatalogRegistry registry = new CatalogRegistry();

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
