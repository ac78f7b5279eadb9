package vn.thidua.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;

import org.apache.karaf.features.BundleInfo;
import org.apache.karaf.features.Conditional;
import org.apache.karaf.features.Dependency;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.Repository;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanCodec;

/**
 * Boots the distribution built by karaf-assembly (its tar.gz, not a stock Karaf) and checks that
 * the platform is up in it: bundles, features, the PlanCodec service and the thidua:plan-show command.
 * The test methods run inside that Karaf.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DistributionIT extends PlatformTestSupport {

    /** The Gia Lai 2023 plan, shipped in the distribution's examples/ folder. */
    private static final String GIA_LAI_2023 = "examples/003_44668950db2da263.json";

    private static final List<String> QUARTER_HEADINGS = List.of(
            "1. Nhiệm vụ quý I", "2. Nhiệm vụ quý II", "3. Nhiệm vụ quý III", "4. Nhiệm vụ quý IV");

    /** Injection waits (up to pax.exam.service.timeout) until the plan bundle registers it. */
    @Inject
    private PlanCodec codec;

    @Override
    protected String bootFeature() {
        return "thidua-core";
    }

    @Test
    public void platformBundlesAreActive() {
        assertEquals("vn.thidua.plan", Bundle.ACTIVE, bundle("vn.thidua.plan").getState());
        assertEquals("vn.thidua.shell", Bundle.ACTIVE, bundle("vn.thidua.shell").getState());
    }

    @Test
    public void thiduaCoreFeatureIsInstalled() throws Exception {
        Feature core = featuresService.getFeature("thidua-core");
        assertNotNull("feature thidua-core is not known", core);
        assertTrue("feature thidua-core is not installed", featuresService.isInstalled(core));
        assertTrue("feature thidua-jackson is not installed",
                featuresService.isInstalled(featuresService.getFeature("thidua-jackson")));
    }

    /** Every feature of our repositories, and everything it needs, can be installed offline from system/. */
    @Test
    public void everyThiduaFeatureIsInTheSystemFolder() throws Exception {
        Path system = Path.of(System.getProperty("karaf.home"), "system");
        List<Feature> thidua = new ArrayList<>();
        for (Repository repository : featuresService.listRepositories()) {
            if (repository.getName().startsWith("thidua-")) {
                thidua.addAll(List.of(repository.getFeatures()));
            }
        }
        assertTrue("no thidua features are known: " + thidua, thidua.size() >= 2);

        List<String> checked = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<Feature> seen = new ArrayList<>();
        for (Feature feature : thidua) {
            checkBundlesInSystem(feature, system, seen, checked, missing);
        }
        assertEquals("bundles not in " + system, List.of(), missing);
        assertTrue("the check did not reach our bundles and their dependencies: " + checked,
                checked.stream().anyMatch(location -> location.startsWith("mvn:vn.thidua/plan/"))
                        && checked.stream().anyMatch(location -> location.contains("/org.apache.felix.scr/")));
    }

    @Test
    public void codecRendersTheGiaLaiPlanInReadingOrder() throws Exception {
        String text = readingOrderOfExample();

        assertLinesInOrder(text, List.of("KẾ HOẠCH", "Triển khai công tác thi đua, khen thưởng năm 2023",
                "I. NHIỆM VỤ CHUNG", "III. NỘI DUNG THỰC HIỆN"));
        assertLinesInOrder(text, QUARTER_HEADINGS);
    }

    @Test
    public void planShowPrintsThePlanWithItsQuarterHeadings() throws Exception {
        assertNotNull("thidua:plan-show is not registered",
                awaitService(SessionFactory.class).getRegistry().getCommand("thidua", "plan-show"));

        String printed = execute("thidua:plan-show " + GIA_LAI_2023);

        assertLinesInOrder(printed, QUARTER_HEADINGS);
        assertEquals(readingOrderOfExample(), printed);
    }

    @Test
    public void planShowNamesAMissingFile() throws Exception {
        try {
            execute("thidua:plan-show examples/no-such-plan.json");
            fail("thidua:plan-show accepted a missing file");
        } catch (Exception e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("Plan file not found: examples/no-such-plan.json (looked for "));
        }
    }

    private String readingOrderOfExample() throws IOException {
        Path example = Path.of(System.getProperty("karaf.base")).resolve(GIA_LAI_2023);
        assertTrue("the distribution has no " + example, Files.isRegularFile(example));
        try (InputStream in = Files.newInputStream(example)) {
            Plan plan = codec.read(in);
            return codec.readingOrder(plan);
        }
    }

    /** Each of {@code expected} is a whole line of {@code text}, in this order. */
    private static void assertLinesInOrder(String text, List<String> expected) {
        List<String> lines = text.lines().toList();
        int previous = -1;
        for (String heading : expected) {
            int at = lines.subList(previous + 1, lines.size()).indexOf(heading) + previous + 1;
            assertTrue("no line \"" + heading + "\" after line " + previous + " in:\n" + text, at > previous);
            previous = at;
        }
    }

    private void checkBundlesInSystem(Feature feature, Path system, List<Feature> seen, List<String> checked,
            List<String> missing) throws Exception {
        if (seen.contains(feature)) {
            return;
        }
        seen.add(feature);
        List<BundleInfo> bundles = new ArrayList<>(feature.getBundles());
        for (Conditional conditional : feature.getConditional()) {
            bundles.addAll(conditional.getBundles());
        }
        for (BundleInfo bundle : bundles) {
            checked.add(bundle.getLocation());
            Path file = systemPath(system, bundle.getLocation());
            if (file == null || !Files.isRegularFile(file)) {
                missing.add(feature.getId() + ": " + bundle.getLocation());
            }
        }
        for (Dependency dependency : feature.getDependencies()) {
            Feature needed = featuresService.getFeature(dependency.getName(), dependency.getVersion());
            if (needed == null) {
                missing.add(feature.getId() + ": feature " + dependency);
            } else {
                checkBundlesInSystem(needed, system, seen, checked, missing);
            }
        }
    }

    /** Where an {@code mvn:group/artifact/version[/type[/classifier]]} location lies in system/; null if not mvn:. */
    private static Path systemPath(Path system, String location) {
        int mvn = location.indexOf("mvn:");
        if (mvn < 0) {
            return null;
        }
        String[] gav = location.substring(mvn + 4).split("[$]")[0].split("/");
        String type = gav.length > 3 && !gav[3].isEmpty() ? gav[3] : "jar";
        String classifier = gav.length > 4 ? "-" + gav[4] : "";
        return system.resolve(gav[0].replace('.', '/')).resolve(gav[1]).resolve(gav[2])
                .resolve(gav[1] + "-" + gav[2] + classifier + "." + type);
    }
}
