package vn.thidua.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.seed.Fixtures;
import vn.thidua.rules.PackChange;
import vn.thidua.rules.PackCheckReport;
import vn.thidua.rules.PackProblem;
import vn.thidua.rules.RulePackInfo;

/** Checking a pack without installing it, against the shipped packs as the ones in force. */
class PackCheckTest {

    private final PackCatalog catalog = ShippedPacks.catalog();
    private final PackCheck check = new PackCheck((code, issuer, kind, date) -> catalog.inForce(code, issuer, kind, date).map(p -> p),
            LocalDate.of(2026, 12, 4));

    @Test
    void aNextYearsVersionIsInstallableDraftsItsYearsAndListsWhatItChanges() throws IOException {
        String yaml = shipped("gia-lai-2025-07.yaml")
                .replace("version: 2025.7.0", "version: 2027.0.0")
                .replace("validFrom: 2025-07-01", "validFrom: 2027-01-01")
                .replace("{text: \"Trang thông tin điện tử Ban;\", name: Trang thông tin điện tử Ban}",
                        "{text: \"Cổng thông tin điện tử Ban;\", name: Cổng thông tin điện tử Ban}");
        List<RulePackInfo> before = catalog.packs();

        PackCheckReport report = check.check(yaml.getBytes(StandardCharsets.UTF_8), "gia-lai-2027.yaml",
                List.of(Fixtures.plan("003_44668950db2da263")));

        assertThat(report.problems()).isEmpty();
        assertThat(report.installable()).isTrue();
        assertThat(report.pack().id()).isEqualTo("gia-lai@2027.0.0");
        assertThat(report.draftedYears()).containsExactly(2027);
        assertThat(report.inForce()).isEqualTo("gia-lai@2025.7.0");
        assertThat(report.changes()).contains(
                new PackChange("pack", "changed", "version", "2025.7.0", "2027.0.0"),
                new PackChange("pack", "changed", "validFrom", "2025-07-01", "2027-01-01"),
                new PackChange("recipients", "added", "Cổng thông tin điện tử Ban;", null, "Cổng thông tin điện tử Ban;"),
                new PackChange("recipients", "removed", "Trang thông tin điện tử Ban;", "Trang thông tin điện tử Ban;", null));
        assertThat(report.changes()).noneMatch(c -> c.area().equals("rules") || c.area().equals("days"));
        assertThat(report.plans()).hasSize(1);
        assertThat(catalog.packs()).as("nothing installed").isEqualTo(before);
    }

    /** A People's Committee's pack is compared with the People's Committee's in force, not with the board's of its province. */
    @Test
    void aPeoplesCommitteesNextVersionIsComparedWithThePeoplesCommitteesPackInForce() throws IOException {
        String yaml = shipped("bac-ninh-ubnd-2025-07.yaml")
                .replace("version: 2025.7.0", "version: 2027.0.0")
                .replace("validFrom: 2025-07-01", "validFrom: 2027-01-01");

        PackCheckReport report = check.check(yaml.getBytes(StandardCharsets.UTF_8), "bac-ninh-ubnd-2027.yaml", List.of());

        assertThat(report.problems()).isEmpty();
        assertThat(report.pack().id()).isEqualTo("bac-ninh.peoples-committee@2027.0.0");
        assertThat(report.inForce()).isEqualTo("bac-ninh.peoples-committee@2025.7.0");
        assertThat(report.changes()).containsExactly(
                new PackChange("pack", "changed", "version", "2025.7.0", "2027.0.0"),
                new PackChange("pack", "changed", "validFrom", "2025-07-01", "2027-01-01"));
    }

    @Test
    void aBrokenPackNamesEveryProblemWithItsPointer() throws IOException {
        String yaml = shipped("gia-lai-2023.yaml")
                .replace("province: {code: gia-lai, name: Gia Lai}", "province: {code: gia-lia, name: Gia Lai}")
                .replace("type: recipients-archive", "type: recipients-archiv")
                .replace("id: summary-names-year", "id: recipients-archive");
        List<RulePackInfo> before = catalog.packs();

        PackCheckReport report = check.check(yaml.getBytes(StandardCharsets.UTF_8), "broken.yaml", List.of());

        assertThat(report.installable()).isFalse();
        assertThat(report.problems()).extracting(PackProblem::pointer)
                .contains("/pack/province/code")
                .anyMatch(p -> p.matches("/rules/\\d+/type"))
                .anyMatch(p -> p.matches("/rules/\\d+/id"));
        assertThat(report.problems()).filteredOn(p -> p.pointer().equals("/pack/province/code"))
                .first().extracting(PackProblem::message).asString().contains("Gia Lai (gia-lai)");
        assertThat(report.draftedYears()).isEmpty();
        assertThat(catalog.packs()).as("nothing installed").isEqualTo(before);
    }

    @Test
    void aPackOfADissolvedProvinceMustEndWithIt() throws IOException {
        // The shipped pack ends with its province; the same pack without that end is refused.
        String endless = shipped("bac-giang-2024.yaml").replace("  validTo: 2025-06-30\n", "");
        assertThat(check.check(shipped("bac-giang-2024.yaml").getBytes(StandardCharsets.UTF_8), "bg.yaml", List.of())
                .problems()).extracting(PackProblem::pointer).doesNotContain("/pack/validTo");
        PackCheckReport open = check.check(endless.getBytes(StandardCharsets.UTF_8), "bg.yaml", List.of());
        assertThat(open.problems()).extracting(PackProblem::pointer).contains("/pack/validTo");
        assertThat(open.problems()).filteredOn(p -> p.pointer().equals("/pack/validTo")).first()
                .extracting(PackProblem::message).asString().contains("2025-06-30").contains("bac-ninh");
    }

    @Test
    void aSyntaxErrorIsOneProblemAtItsPlace() {
        PackCheckReport report = check.check("format: 1\npack: [\n".getBytes(StandardCharsets.UTF_8), "bad.yaml", List.of());
        assertThat(report.problems()).hasSize(1);
        assertThat(report.pack()).isNull();
    }

    private static String shipped(String name) throws IOException {
        URL url = ShippedPacks.descriptors().stream().filter(u -> ShippedPacks.name(u).equals(name)).findFirst().orElseThrow();
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
