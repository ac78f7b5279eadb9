package vn.thidua.itests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static vn.thidua.itests.PackJars.replacing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

import vn.thidua.plan.Plan;
import vn.thidua.rules.RulePackInfo;
import vn.thidua.rules.RulePackRegistry;
import vn.thidua.rules.ValidationReport;

/**
 * The rule packs in the running distribution: the console commands, and every way an administrator
 * swaps a pack (feature uninstall and install, {@code bundle:update} from a file, a higher version
 * installed beside and removed again, a broken pack, a file dropped into {@code rulepacks/}). Each
 * swap records every bundle event while it runs: only the pack's own bundle may change state. Each
 * test leaves the packs as it found them.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RulePacksIT extends RulePackTestSupport {

    private static final String GIA_LAI = "vn.thidua.rules.gia-lai";
    private static final String GIA_LAI_FEATURE = "thidua-rules-gia-lai";
    private static final String GIA_LAI_DESCRIPTOR = "rulepacks/gia-lai-2023.yaml";
    private static final String GIA_LAI_EXAMPLE = "examples/003_44668950db2da263.json";
    private static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 1);
    /** A day the former province's pack (gia-lai-2023.yaml, to 30/6/2025) is in force: the swaps below are of that pack. */
    private static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 1);

    /** Each seed plan shipped in examples/ and the pack it validates clean against. */
    private static final Map<String, String> EXAMPLES = Map.of(
            "examples/000_d3ad60d258665efa.json", "bac-giang@2018.1.0",
            "examples/001_b902e8c9f1ecfedd.json", "bac-giang@2024.1.0",
            "examples/002_d4688f34a2318412.json", "bac-giang@2018.1.0",
            GIA_LAI_EXAMPLE, "gia-lai@2023.1.0",
            "examples/004_a5c35aef69c6ea26.json", "hung-yen@2024.1.0");

    @Override
    protected String bootFeature() {
        return GIA_LAI_FEATURE;
    }

    @Test
    public void rulepacksListsTheShippedPacksAndWhichIsInForce() throws Exception {
        String printed = execute("thidua:rulepacks");

        for (String row : List.of("bac-giang | BOARD | YEARLY,THEMED,BLOC | 2018.1.0 | 2018-01-01 | 2023-12-31 | LOADED | |",
                "bac-giang | BOARD | YEARLY,THEMED,BLOC | 2024.1.0 | 2024-01-01 | 2025-06-30 | LOADED | |",
                "bac-ninh | BOARD | YEARLY,THEMED | 2025.7.0 | 2025-07-01 | | LOADED | in force |",
                "bac-ninh | PEOPLES_COMMITTEE | YEARLY,CAMPAIGN | 2025.7.0 | 2025-07-01 | | LOADED | in force |",
                "gia-lai | BOARD | YEARLY | 2023.1.0 | 2023-01-01 | 2025-06-30 | LOADED | |",
                "gia-lai | BOARD | YEARLY | 2025.7.0 | 2025-07-01 | | LOADED | in force |",
                "hung-yen | BOARD | THEMED,YEARLY | 2024.1.0 | 2024-01-01 | 2025-06-30 | LOADED | |",
                "hung-yen | BOARD | YEARLY,THEMED | 2025.7.0 | 2025-07-01 | | LOADED | in force |")) {
            assertTrue("no row '" + row + "' in:\n" + printed, rows(printed).contains(row));
        }
        assertFalse(printed, printed.contains("REFUSED"));
    }

    @Test
    public void everySeedValidatesCleanAgainstThePackInForceForItsDate() throws Exception {
        for (Map.Entry<String, String> example : EXAMPLES.entrySet()) {
            String printed = execute("thidua:validate " + example.getKey());
            assertTrue(printed, printed.contains(": pack " + example.getValue() + " (in force on "));
            assertTrue(printed, printed.contains("0 error(s), "));
            assertTrue(printed, printed.trim().endsWith(": valid"));
        }
    }

    @Test
    public void draftGiaLai2026PrintsACompletePlanThatValidatesClean() throws Exception {
        String printed = execute("thidua:draft gia-lai 2026");

        Plan plan = codec.read(new ByteArrayInputStream(printed.getBytes(UTF_8)));
        assertEquals(2026, plan.year());
        assertEquals("gia-lai", plan.province().code());
        ValidationReport report = registry.validate(plan);
        assertTrue(report.findings().toString(), report.valid());
        assertEquals("the pack of the province since 1/7/2025", "gia-lai@2025.7.0", report.pack().id());
        String text = codec.readingOrder(plan);
        assertTrue(text, text.startsWith("UBND TỈNH GIA LAI\nBAN QUẢN LÝ KHU KINH TẾ\n"));
        assertTrue(text, text.contains("Căn cứ Nghị định số 152/2025/NĐ-CP") && !text.contains("98/2023"));
        for (String line : List.of("I. NHIỆM VỤ CHUNG", "1. Nhiệm vụ quý I", "4. Nhiệm vụ quý IV", "V. TỔ CHỨC THỰC HIỆN",
                "Nơi nhận:")) {
            assertTrue("no line '" + line + "' in:\n" + text, text.lines().anyMatch(line::equals));
        }
    }

    /** The administrator's path: scaffold next year's pack, check it, break it and check it again; nothing installed. */
    @Test
    public void packNewThenPackCheckInstallNothingAndNameEveryProblem() throws Exception {
        List<RulePackInfo> before = registry.packs();
        Path folder = Files.createTempDirectory("pack-new");
        Path file = folder.resolve("gia-lai-2027.yaml");
        String wrote = execute("thidua:pack-new -o " + file + " gia-lai 2027");
        assertTrue(wrote, wrote.contains("Wrote " + file));
        String yaml = Files.readString(file, UTF_8);
        assertTrue(yaml, yaml.startsWith("# Rule pack for 2027, started from gia-lai@2025.7.0"));

        String checked = execute("thidua:pack-check " + file);
        assertTrue(checked, checked.contains("gia-lai@2027.0.0 — installable"));
        assertTrue(checked, checked.contains("drafted [2027] with no error"));
        assertTrue(checked, checked.contains("changes against gia-lai@2025.7.0"));

        Path broken = folder.resolve("broken.yaml");
        Files.writeString(broken, yaml.replace("province: {code: gia-lai, name: Gia Lai}", "province: {code: gia-lia, name: Gia Lai}")
                .replace("type: recipients-archive", "type: recipients-archiv"), UTF_8);
        try {
            execute("thidua:pack-check " + broken);
            fail("a broken pack checked clean");
        } catch (Exception e) {
            assertTrue(e.getMessage(), e.getMessage().contains("1 of 1 pack(s) would be refused; nothing was installed"));
        }
        assertEquals("nothing installed", before, registry.packs());
        try {
            execute("thidua:draft bac-giang 2027");
            fail("a dissolved province drafted");
        } catch (Exception e) {
            assertTrue(e.getMessage(), e.getMessage().contains("tỉnh Bắc Ninh (bac-ninh)"));
        }
    }

    @Test
    public void uninstallingAndInstallingTheProvinceFeatureSwapsItsPackAlone() throws Exception {
        ServiceReference<RulePackRegistry> registryBefore = bundleContext.getServiceReference(RulePackRegistry.class);
        PackSwap removed = PackSwap.run(bundleContext, () -> execute("feature:uninstall " + GIA_LAI_FEATURE),
                packs -> loaded(packs, "gia-lai").isEmpty());
        try {
            report("feature:uninstall", removed);
            removed.assertOnlyBundlesChanged(Set.of(GIA_LAI), Set.of("STOPPED", "UNINSTALLED"));
            assertNull(bundleOrNull(GIA_LAI));
            assertTrue(registry.inForce("gia-lai", JAN_2026).isEmpty());
            try {
                execute("thidua:validate " + GIA_LAI_EXAMPLE);
                fail("a Gia Lai plan validated with no Gia Lai pack installed");
            } catch (Exception e) {
                assertTrue(e.getMessage(), e.getMessage().startsWith(
                        "Không có bộ quy tắc nào có hiệu lực cho tỉnh 'gia-lai' vào ngày 2023-03-01"));
            }
        } finally {
            if (bundleOrNull(GIA_LAI) == null) {
                PackSwap installed = PackSwap.run(bundleContext, () -> execute("feature:install " + GIA_LAI_FEATURE),
                        packs -> loaded(packs, "gia-lai").equals(List.of("gia-lai@2023.1.0", "gia-lai@2025.7.0")));
                report("feature:install", installed);
                installed.assertOnlyBundlesChanged(Set.of(GIA_LAI), Set.of("INSTALLED", "RESOLVED", "STARTED"));
            }
        }
        assertValidates(GIA_LAI_EXAMPLE, "gia-lai@2023.1.0");
        assertEquals("the registry service was replaced", registryBefore.getProperty("service.id"),
                bundleContext.getServiceReference(RulePackRegistry.class).getProperty("service.id"));
    }

    @Test
    public void bundleUpdateFromAFileSwapsThePackInPlace() throws Exception {
        Bundle pack = bundle(GIA_LAI);
        try {
            PackSwap updated = updateFromEditedJar(pack, replacing("version: 2023.1.0", "version: 2023.2.0"),
                    packs -> loaded(packs, "gia-lai").equals(List.of("gia-lai@2023.2.0", "gia-lai@2025.7.0")));
            report("bundle:update", updated);
            updated.assertOnlyBundlesChanged(Set.of(GIA_LAI), Set.of("UPDATED", "STARTED"));
            assertEquals(Set.of(pack.getBundleId()), updated.bundleIds());
            assertEquals("2023.2.0", registry.inForce("gia-lai", JAN_2025).orElseThrow().info().version());
            assertValidates(GIA_LAI_EXAMPLE, "gia-lai@2023.2.0");
        } finally {
            restoreShipped(pack);
        }
        assertValidates(GIA_LAI_EXAMPLE, "gia-lai@2023.1.0");
    }

    @Test
    public void removingTheHigherVersionRollsBackToThePackBefore() throws Exception {
        Bundle original = bundle(GIA_LAI);
        Path jar = PackJars.repack(original, Files.createTempFile("gia-lai-2023.9.0-", ".jar"), GIA_LAI_DESCRIPTOR,
                replacing("version: 2023.1.0", "version: 2023.9.0"), "0.2.0");
        String location = jar.toUri().toString();
        try {
            PackSwap installed = PackSwap.run(bundleContext, () -> execute("bundle:install -s " + location),
                    packs -> loaded(packs, "gia-lai").equals(List.of("gia-lai@2023.1.0", "gia-lai@2023.9.0", "gia-lai@2025.7.0")));
            report("bundle:install (higher version)", installed);
            Bundle higher = bundleContext.getBundle(location);
            assertNotNull(higher);
            installed.assertOnlyBundlesChanged(Set.of(GIA_LAI), Set.of("INSTALLED", "STARTED"));
            assertEquals(Set.of(higher.getBundleId()), installed.bundleIds());
            assertEquals("2023.9.0", registry.inForce("gia-lai", JAN_2025).orElseThrow().info().version());
            assertValidates(GIA_LAI_EXAMPLE, "gia-lai@2023.9.0");
            String printed = rows(execute("thidua:rulepacks"));
            // Today (December 2026 or later) neither former-province pack is in force: the successor is.
            assertTrue(printed, printed.contains("gia-lai | BOARD | YEARLY | 2023.1.0 | 2023-01-01 | 2025-06-30 | LOADED | |"));
            assertTrue(printed, printed.contains("gia-lai | BOARD | YEARLY | 2023.9.0 | 2023-01-01 | 2025-06-30 | LOADED | |"));
            assertTrue(printed, printed.contains("gia-lai | BOARD | YEARLY | 2025.7.0 | 2025-07-01 | | LOADED | in force |"));

            PackSwap rolledBack = PackSwap.run(bundleContext, () -> execute("bundle:uninstall " + higher.getBundleId()),
                    packs -> loaded(packs, "gia-lai").equals(List.of("gia-lai@2023.1.0", "gia-lai@2025.7.0")));
            report("bundle:uninstall (roll back)", rolledBack);
            rolledBack.assertOnlyBundlesChanged(Set.of(GIA_LAI), Set.of("UNINSTALLED"));
            assertEquals(Set.of(higher.getBundleId()), rolledBack.bundleIds());
            assertEquals("2023.1.0", registry.inForce("gia-lai", JAN_2025).orElseThrow().info().version());
            assertValidates(GIA_LAI_EXAMPLE, "gia-lai@2023.1.0");
        } finally {
            Bundle left = bundleContext.getBundle(location);
            if (left != null) {
                left.uninstall();
            }
            Files.deleteIfExists(jar);
        }
    }

    @Test
    public void aBrokenPackIsRefusedWithItsReasonAndThePackInForceStays() throws Exception {
        Bundle pack = bundle(GIA_LAI);
        try {
            PackSwap refused = updateFromEditedJar(pack, replacing("    type: required-sections", "    type: no-such-rule-type"),
                    packs -> !refused(packs).isEmpty());
            report("bundle:update (broken)", refused);
            refused.assertOnlyBundlesChanged(Set.of(GIA_LAI), Set.of("UPDATED", "STARTED"));
            assertEquals(Set.of(pack.getBundleId()), refused.bundleIds());

            RulePackInfo refusal = refused(registry.packs()).get(0);
            assertEquals(pack.getBundleId(), refusal.bundleId());
            assertTrue(refusal.refusal(), refusal.refusal().startsWith("/rules/0/type: unknown rule type 'no-such-rule-type'"));
            assertTrue(refusal.refusal(), refusal.refusal().endsWith("(pack gia-lai@2023.1.0 loaded before from here stays in force)"));
            assertEquals("2023.1.0", registry.inForce("gia-lai", JAN_2025).orElseThrow().info().version());
            assertValidates(GIA_LAI_EXAMPLE, "gia-lai@2023.1.0");
            String printed = rows(execute("thidua:rulepacks"));
            assertTrue(printed, printed.contains("gia-lai | BOARD | YEARLY | 2023.1.0 | 2023-01-01 | 2025-06-30 | LOADED | |"));
            assertTrue(printed, printed.contains("| REFUSED |"));
            assertTrue(printed, printed.contains("Refused " + GIA_LAI + " " + pack.getVersion() + " " + GIA_LAI_DESCRIPTOR
                    + ": /rules/0/type: unknown rule type 'no-such-rule-type'"));
        } finally {
            restoreShipped(pack);
        }
    }

    @Test
    public void aFileDroppedIntoTheFolderIsInForceUntilItIsDeleted() throws Exception {
        Path folder = Path.of(System.getProperty("karaf.base"), "rulepacks");
        Path file = folder.resolve("gia-lai-2026.yaml");
        String descriptor = replacing("version: 2023.1.0", "version: 2026.1.0")
                .andThen(replacing("validFrom: 2023-01-01", "validFrom: 2026-01-01"))
                .andThen(replacing("  validTo: 2025-06-30\n", ""))
                .apply(PackJars.descriptor(bundle(GIA_LAI), GIA_LAI_DESCRIPTOR));
        try {
            PackSwap dropped = PackSwap.run(bundleContext, () -> writeAtomically(file, descriptor),
                    packs -> loaded(packs, "gia-lai").equals(List.of("gia-lai@2023.1.0", "gia-lai@2025.7.0", "gia-lai@2026.1.0")));
            report("file dropped", dropped);
            dropped.assertNoBundleChanged();
            RulePackInfo fromFile = registry.inForce("gia-lai", JAN_2026).orElseThrow().info();
            assertEquals("gia-lai@2026.1.0", fromFile.id());
            assertEquals(-1, fromFile.bundleId());
            assertEquals(file.toString(), fromFile.origin());
            assertEquals("2025.7.0", registry.inForce("gia-lai", LocalDate.of(2025, 12, 31)).orElseThrow().info().version());
            Plan draft = registry.draft("gia-lai", 2026);
            assertEquals("rulepack:gia-lai@2026.1.0", draft.source());
            assertTrue(registry.validate(draft).valid());

            PackSwap broken = PackSwap.run(bundleContext,
                    () -> writeAtomically(file, replacing("validFrom: 2026-01-01", "validFrom: 2026-13-01").apply(descriptor)),
                    packs -> !refused(packs).isEmpty());
            report("file changed (broken)", broken);
            broken.assertNoBundleChanged();
            RulePackInfo refusal = refused(registry.packs()).get(0);
            assertTrue(refusal.refusal(), refusal.refusal().startsWith("/pack/validFrom: must be a date as YYYY-MM-DD, was '2026-13-01'"));
            assertEquals("gia-lai@2026.1.0", registry.inForce("gia-lai", JAN_2026).orElseThrow().info().id());

            PackSwap deleted = PackSwap.run(bundleContext, () -> Files.delete(file),
                    packs -> loaded(packs, "gia-lai").equals(List.of("gia-lai@2023.1.0", "gia-lai@2025.7.0")) && refused(packs).isEmpty());
            report("file deleted", deleted);
            deleted.assertNoBundleChanged();
            assertEquals("gia-lai@2025.7.0", registry.inForce("gia-lai", JAN_2026).orElseThrow().info().id());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The table's rows with their padding squeezed (one space around each '|'), so a wider column elsewhere moves nothing. */
    private static String rows(String printed) {
        return printed.replace('│', '|').replaceAll("[ \t]+", " ").replaceAll("\\|\\s*\\|", "| |");
    }

    /** {@code bundle:update ID file:…} with the pack's own jar, its descriptor edited. */
    private PackSwap updateFromEditedJar(Bundle pack, UnaryOperator<String> edit,
            Predicate<List<RulePackInfo>> awaited) throws Exception {
        Path jar = PackJars.repack(pack, Files.createTempFile("gia-lai-", ".jar"), GIA_LAI_DESCRIPTOR, edit, null);
        try {
            return PackSwap.run(bundleContext, () -> execute("bundle:update " + pack.getBundleId() + " " + jar.toUri()),
                    awaited);
        } finally {
            Files.deleteIfExists(jar);
        }
    }

    /**
     * Puts the pack bundle back as the distribution ships it, from its jar in system/, and waits
     * until it is loaded. ({@code bundle:update ID} without a URL would not: {@code bundle:update ID URL}
     * writes {@code Bundle-UpdateLocation: URL} into the bundle, and later updates read that URL again.)
     */
    private void restoreShipped(Bundle pack) throws Exception {
        String[] gav = pack.getLocation().substring("mvn:".length()).split("/");
        Path shipped = Path.of(System.getProperty("karaf.home"), "system").resolve(gav[0].replace('.', '/'))
                .resolve(gav[1]).resolve(gav[2]).resolve(gav[1] + "-" + gav[2] + ".jar");
        assertTrue("no " + shipped, Files.isRegularFile(shipped));
        PackSwap.run(bundleContext, () -> execute("bundle:update " + pack.getBundleId() + " " + shipped.toUri()),
                packs -> loaded(packs, "gia-lai").equals(List.of("gia-lai@2023.1.0")) && refused(packs).isEmpty());
    }

    /** As an administrator should: written beside under a hidden name, then moved in at once. */
    private static void writeAtomically(Path file, String text) throws IOException {
        Path hidden = file.resolveSibling("." + file.getFileName() + ".part");
        Files.writeString(hidden, text, UTF_8);
        Files.move(hidden, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Prints how long the swap took to show in the registry, and for how long (if at all) the
     * province had no pack in force while it ran.
     */
    private static void report(String what, PackSwap swap) {
        Predicate<List<RulePackInfo>> none = packs -> loaded(packs, "gia-lai").isEmpty();
        double gapStart = -1;
        double gap = 0;
        for (PackSwap.Report report : swap.reports()) {
            if (none.test(report.packs()) && gapStart < 0) {
                gapStart = report.millis();
            } else if (!none.test(report.packs()) && gapStart >= 0) {
                gap += report.millis() - gapStart;
                gapStart = -1;
            }
        }
        System.out.printf("[rule-pack swap] %-32s in the registry after %7.1f ms; command done after %7.1f ms;"
                + " %d registry report(s); no Gia Lai pack in force for %.1f ms%s%n", what, swap.millis(),
                swap.actionMillis(), swap.reports().size(), gap, gapStart >= 0 ? " (and after)" : "");
    }
}
