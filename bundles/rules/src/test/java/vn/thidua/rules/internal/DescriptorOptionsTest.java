package vn.thidua.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.plan.IssuerKind;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanKind;
import vn.thidua.rules.PackState;
import vn.thidua.rules.RulePackInfo;
import vn.thidua.rules.internal.descriptor.DescriptorReader;
import vn.thidua.rules.internal.descriptor.PackDescriptor;
import vn.thidua.rules.internal.descriptor.PackDescriptor.OutlineNumbering;

/**
 * The descriptor options real plans need (issue 12, 7c): outline numbering styles, a fixed-width
 * document number, windows and templates per plan kind, and what the loader refuses of them.
 */
class DescriptorOptionsTest {

    private static String committee;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws IOException {
        URL url = ShippedPacks.descriptors().stream().filter(u -> u.toString().endsWith("bac-ninh-ubnd-2025-07.yaml"))
                .findFirst().orElseThrow();
        try (InputStream in = url.openStream()) {
            committee = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void outlineEntriesWithoutANumberAreNumberedInTheChosenStyle() {
        assertThat(OutlineNumbering.ROMAN.number(4)).isEqualTo("IV.");
        assertThat(OutlineNumbering.ROMAN.number(14)).isEqualTo("XIV.");
        assertThat(OutlineNumbering.ARABIC.number(3)).isEqualTo("3.");
        assertThat(OutlineNumbering.LETTER.number(2)).isEqualTo("B.");
        assertThat(OutlineNumbering.PART.number(2)).isEqualTo("Phần II");
        PackDescriptor roman = new DescriptorReader().read(committee);
        assertThat(roman.outline()).extracting(PackDescriptor.OutlineSection::number).containsExactly("I.", "II.", "III.", "IV.");
        PackDescriptor arabic = new DescriptorReader().read(committee.replace("outline:\n", "outlineNumbering: ARABIC\noutline:\n"));
        assertThat(arabic.outline()).extracting(PackDescriptor.OutlineSection::number).containsExactly("1.", "2.", "3.", "4.");
    }

    @Test
    void aPackWithArabicOutlineNumbersRefusesItsRomanTemplate() throws IOException {
        PackLoader.Outcome outcome = load(committee.replace("outline:\n", "outlineNumbering: ARABIC\noutline:\n"));

        assertThat(outcome.pack()).isNull();
        assertThat(outcome.refused().refusal()).startsWith("/template: the template's draft of a YEARLY plan for 2025 fails rule"
                + " required-sections");
    }

    @Test
    void windowsAndTemplatesAreForKindsThePackCovers() throws IOException {
        assertThat(load(committee.replace("kinds: [YEARLY, CAMPAIGN]", "kinds: [YEARLY]")).refused().refusal())
                .startsWith("/templates/CAMPAIGN: a template for CAMPAIGN plans, which the pack does not cover");
        assertThat(load(committee.replace("from: \"09-01\"", "from: \"9/1\"")).refused().refusal())
                .startsWith("/windows/CAMPAIGN/from: '9/1' is not a day of the year");
        assertThat(load(committee.replace("to: \"+1-06-11\"", "to: \"08-31\"")).refused().refusal())
                .isEqualTo("/windows/CAMPAIGN/to: the window ends (08-31) before it starts (09-01)");
        assertThat(load(committee.replace("numberDigits: 4", "numberDigits: 9")).refused().refusal())
                .isEqualTo("/issuer/numberDigits: must be 1 to 6, was 9");
    }

    @Test
    void aPackNamesItsIssuerAndKindsAndDraftsEachKindInsideItsPeriod() throws IOException {
        LoadedPack pack = load(committee).pack();
        RulePackInfo info = pack.info();

        assertThat(info.state()).isEqualTo(PackState.LOADED);
        assertThat(info.id()).isEqualTo("bac-ninh.peoples-committee@2025.7.0");
        assertThat(info.issuerKind()).isEqualTo(IssuerKind.PEOPLES_COMMITTEE);
        assertThat(info.planKinds()).containsExactly(PlanKind.YEARLY, PlanKind.CAMPAIGN);
        assertThat(pack.draftDate(PlanKind.YEARLY, 2025)).as("from 1/7/2025, not January").isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(pack.draftDate(PlanKind.CAMPAIGN, 2025)).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(pack.draftDate(PlanKind.YEARLY, 2027)).isEqualTo(LocalDate.of(2027, 1, 1));
        Plan yearly = pack.draft(2027);
        assertThat(yearly.kind()).as("the first kind it covers").isEqualTo(PlanKind.YEARLY);
        assertThat(yearly.issuer().kind()).as("the pack's issuer kind, not the schema 1 default").isEqualTo(IssuerKind.PEOPLES_COMMITTEE);
        assertThat(pack.draft(PlanKind.CAMPAIGN, 2027).issuer().kind()).isEqualTo(IssuerKind.PEOPLES_COMMITTEE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> pack.draft(PlanKind.THEMED, 2027))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not draft THEMED plans");
        // A campaign window that starts after the pack ends: no campaign can be drafted, the pack is refused.
        assertThat(load(committee.replace("  validFrom: 2025-07-01\n", "  validFrom: 2025-07-01\n  validTo: 2025-08-31\n"))
                .refused().refusal()).startsWith("/windows/CAMPAIGN: no CAMPAIGN plan can be drafted inside the pack's period");
    }

    private PackLoader.Outcome load(String text) throws IOException {
        Path file = dir.resolve("pack-" + Integer.toHexString(text.hashCode()) + ".yaml");
        Files.writeString(file, text);
        return new PackLoader().load(file.toUri().toURL(), file.getFileName().toString(), -1);
    }
}
