package vn.thidua.itests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.SynchronousBundleListener;

import vn.thidua.export.DocumentExporter;
import vn.thidua.export.DocumentExports;
import vn.thidua.plan.Plan;

/**
 * A headless install: {@code featuresBoot} without Karaf's {@code shell} (nor {@code ssh}, which needs
 * it), one province's pack and the HTML format only, as a site that uses the services through REST or
 * its own bundles would write it. The rule engine and the export registry install and start, no
 * command bundle and no shell API is there, and no PDF renderer. Installing {@code shell} later adds
 * the command bundles, whose commands then work, and changes the state of no bundle installed before.
 *
 * <p>Nothing in this class or {@link PlatformTestSupport} names a shell type in a field or a signature:
 * the probe could not load them here.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HeadlessIT extends RulePackTestSupport {

    private static final String HUNG_YEN_FEATURE = "thidua-rules-hung-yen";
    private static final String HTML_FEATURE = "thidua-export-html";
    private static final String HUNG_YEN_2024 = "examples/004_a5c35aef69c6ea26.json";

    /** The command bundles, each installed by its part's feature only where the shell is. */
    private static final List<String> COMMAND_BUNDLES = List.of("vn.thidua.shell", "vn.thidua.rules.shell",
            "vn.thidua.export.shell");

    /** Karaf's boot features as the distribution lists them, without shell and ssh; one province; HTML. */
    private static final String FEATURES_BOOT = String.join(", ", "framework", "jaas", "feature", "bundle", "config",
            "log", "system", "package", "service", "deployer", "diagnostic", "management", "scr", "eventadmin",
            HUNG_YEN_FEATURE, HTML_FEATURE);

    @Inject
    private DocumentExports exports;

    @Override
    protected String bootFeature() {
        return HTML_FEATURE;
    }

    @Override
    protected List<Option> extraOptions() {
        return List.of(editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "featuresBoot", FEATURES_BOOT));
    }

    @Before
    public void awaitTheHtmlExporter() throws InterruptedException {
        awaitServices(DocumentExporter.class, 1);
    }

    @Test
    public void theServicesRunWithoutTheShellAndTheCommandsComeWithIt() throws Exception {
        assertFalse("shell is installed", featuresService.isInstalled(featuresService.getFeature("shell")));
        for (String feature : List.of("thidua-core", "thidua-rules", HUNG_YEN_FEATURE, "thidua-export", HTML_FEATURE)) {
            assertTrue(feature + " is not installed", featuresService.isInstalled(featuresService.getFeature(feature)));
        }
        for (String name : List.of("vn.thidua.plan", "vn.thidua.rules", "vn.thidua.rules.hung-yen", "vn.thidua.export",
                "vn.thidua.export.html")) {
            assertEquals(name + " is not active", Bundle.ACTIVE, bundle(name).getState());
        }
        List<String> absent = new ArrayList<>(COMMAND_BUNDLES);
        absent.addAll(List.of("org.apache.karaf.shell.core", "vn.thidua.export.pdf", "vn.thidua.export.docx"));
        for (String name : absent) {
            assertNull(name + " is installed", bundleOrNull(name));
        }
        List<String> pdfbox = Stream.of(bundleContext.getBundles()).map(Bundle::getSymbolicName)
                .filter(n -> n != null && (n.startsWith("org.apache.pdfbox") || n.contains("openhtmltopdf"))).toList();
        assertEquals("PDF rendering is installed", List.of(), pdfbox);

        assertValidates(HUNG_YEN_2024, "hung-yen@2024.1.0");
        assertEquals(List.of("html"), exports.formats());
        assertTrue(new String(exports.export(example(), "html"), UTF_8).startsWith("<!DOCTYPE html>"));

        installingTheShellLaterAddsTheCommandsAndTouchesNoBundleInstalledBefore();
    }

    /** Part of the test above (one container, in this order): the shell comes after the headless check. */
    private void installingTheShellLaterAddsTheCommandsAndTouchesNoBundleInstalledBefore() throws Exception {
        List<Long> before = Stream.of(bundleContext.getBundles()).map(Bundle::getBundleId).toList();
        List<String> touched = Collections.synchronizedList(new ArrayList<>());
        SynchronousBundleListener recorder = event -> {
            if (before.contains(event.getBundle().getBundleId())) {
                touched.add(event.getBundle().getSymbolicName() + " " + event.getType());
            }
        };
        bundleContext.addBundleListener(recorder);
        try {
            // As `feature:install -r shell`: the bundles that import the shell API optionally are not refreshed.
            featuresService.installFeature("shell", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        } finally {
            bundleContext.removeBundleListener(recorder);
        }
        assertEquals("bundles installed before changed state", List.of(), touched);
        for (String name : COMMAND_BUNDLES) {
            assertEquals(name + " is not active", Bundle.ACTIVE, bundle(name).getState());
        }

        String printed = execute("thidua:validate " + HUNG_YEN_2024);
        assertTrue(printed, printed.trim().endsWith("0 error(s), 1 warning(s), 0 info(s): valid"));
        Path out = Files.createTempDirectory("thidua-headless").resolve("plan.html");
        printed = execute("thidua:export " + HUNG_YEN_2024 + " --format html --out " + out);
        assertTrue(printed, printed.startsWith("Wrote " + out));
        assertEquals(Set.of("html"), Set.copyOf(exports.formats()));
    }

    private Plan example() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("karaf.base")).resolve(HUNG_YEN_2024))) {
            return codec.read(in);
        }
    }
}
