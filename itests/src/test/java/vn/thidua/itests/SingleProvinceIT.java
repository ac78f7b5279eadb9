package vn.thidua.itests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import vn.thidua.plan.Plan;
import vn.thidua.rules.RulePackInfo;
import vn.thidua.rules.ValidationReport;

/**
 * The distribution as the IT staff of one province installs it: {@code featuresBoot} lists Karaf's
 * own features and {@code thidua-rules-hung-yen} only, as they would write it in
 * {@code etc/org.apache.karaf.features.cfg}. The province's feature brings the engine and the core
 * with it, the other provinces' packs are never installed, and the one province's plans validate
 * and draft. A second province can still be added later without touching any other bundle.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SingleProvinceIT extends RulePackTestSupport {

    private static final String HUNG_YEN_FEATURE = "thidua-rules-hung-yen";

    /** Karaf's boot features as the distribution lists them, and one province. */
    private static final String FEATURES_BOOT = String.join(", ", "framework", "jaas", "shell", "ssh", "feature",
            "bundle", "config", "log", "system", "package", "service", "deployer", "diagnostic", "management", "scr",
            "eventadmin", HUNG_YEN_FEATURE);

    @Override
    protected String bootFeature() {
        return HUNG_YEN_FEATURE;
    }

    @Override
    protected List<Option> extraOptions() {
        return List.of(editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "featuresBoot", FEATURES_BOOT));
    }

    @Test
    public void onlyTheOneProvinceIsInstalled() throws Exception {
        for (String feature : List.of("thidua-core", "thidua-rules", HUNG_YEN_FEATURE)) {
            assertTrue(feature + " is not installed", featuresService.isInstalled(featuresService.getFeature(feature)));
        }
        for (String feature : List.of("thidua-rules-bac-giang", "thidua-rules-gia-lai")) {
            assertFalse(feature + " is installed", featuresService.isInstalled(featuresService.getFeature(feature)));
        }
        assertNull(bundleOrNull("vn.thidua.rules.bac-giang"));
        assertNull(bundleOrNull("vn.thidua.rules.gia-lai"));
        assertEquals(List.of("hung-yen@2024.1.0", "hung-yen@2025.7.0"), registry.packs().stream().map(RulePackInfo::id).toList());
    }

    @Test
    public void theProvincesPlansValidateAndDraft() throws Exception {
        String printed = execute("thidua:validate examples/004_a5c35aef69c6ea26.json");
        assertTrue(printed, printed.contains(": pack hung-yen@2024.1.0 (in force on "));
        assertTrue(printed, printed.trim().endsWith("0 error(s), 1 warning(s), 0 info(s): valid"));

        // 2025: the former province's pack is in force on 1 January; 2026: the merged province's, from 1/7/2025.
        for (int year : new int[] {2025, 2026}) {
            Plan draft = codec.read(new ByteArrayInputStream(execute("thidua:draft hung-yen " + year).getBytes(UTF_8)));
            assertEquals(year, draft.year());
            ValidationReport report = registry.validate(draft);
            assertEquals(year == 2025 ? "hung-yen@2024.1.0" : "hung-yen@2025.7.0", report.pack().id());
            assertTrue(report.findings().toString(), report.valid());
        }
    }

    @Test
    public void anotherProvincesPlanIsRefusedForWantOfItsPack() throws Exception {
        try {
            execute("thidua:validate examples/003_44668950db2da263.json");
            fail("a Gia Lai plan validated without the Gia Lai pack");
        } catch (Exception e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith(
                    "Không có bộ quy tắc nào có hiệu lực cho tỉnh 'gia-lai' vào ngày 2023-03-01 ("));
        }
    }

    /** Adding a province later installs its pack bundle and nothing else, and refreshes no bundle. */
    @Test
    public void addingASecondProvinceLaterTouchesNoOtherBundle() throws Exception {
        PackSwap added = PackSwap.run(bundleContext, () -> execute("feature:install thidua-rules-gia-lai"),
                packs -> loaded(packs, "gia-lai").equals(List.of("gia-lai@2023.1.0", "gia-lai@2025.7.0")));
        try {
            added.assertOnlyBundlesChanged(Set.of("vn.thidua.rules.gia-lai"), Set.of("INSTALLED", "STARTED"));
            String printed = execute("thidua:validate examples/003_44668950db2da263.json");
            assertTrue(printed, printed.trim().endsWith(": valid"));
        } finally {
            PackSwap removed = PackSwap.run(bundleContext, () -> execute("feature:uninstall thidua-rules-gia-lai"),
                    packs -> loaded(packs, "gia-lai").isEmpty());
            removed.assertOnlyBundlesChanged(Set.of("vn.thidua.rules.gia-lai"), Set.of("UNINSTALLED"));
        }
    }
}
