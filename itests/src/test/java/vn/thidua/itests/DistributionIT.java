package vn.thidua.itests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import javax.inject.Inject;

import org.apache.karaf.features.BundleInfo;
import org.apache.karaf.features.Conditional;
import org.apache.karaf.features.DeploymentEvent;
import org.apache.karaf.features.DeploymentListener;
import org.apache.karaf.features.Dependency;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeatureEvent;
import org.apache.karaf.features.FeaturesListener;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.features.Repository;
import org.apache.karaf.features.RepositoryEvent;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanCodec;

/**
 * Boots the distribution built by karaf-assembly (its tar.gz, not a stock Karaf) and checks that
 * the platform is up in it: bundles, features, the PlanCodec service and the thidua:plan-show command.
 * The test methods run inside that Karaf.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DistributionIT {

    /** The Gia Lai 2023 plan, shipped in the distribution's examples/ folder. */
    private static final String GIA_LAI_2023 = "examples/003_44668950db2da263.json";

    private static final List<String> QUARTER_HEADINGS = List.of(
            "1. Nhiệm vụ quý I", "2. Nhiệm vụ quý II", "3. Nhiệm vụ quý III", "4. Nhiệm vụ quý IV");

    /** Upper bound for the boot to settle; the waits return as soon as it has. */
    private static final long BOOT_TIMEOUT_SECONDS = 120;

    @Inject
    private BundleContext bundleContext;

    @Inject
    private FeaturesService featuresService;

    @Inject
    private SessionFactory sessionFactory;

    /** Injection waits (up to pax.exam.service.timeout) until the plan bundle registers it. */
    @Inject
    private PlanCodec codec;

    @Configuration
    public Option[] config() throws IOException {
        String karafVersion = requiredProperty("karaf.version");
        return options(
                karafDistributionConfiguration()
                        .frameworkUrl(new File(requiredProperty("thidua.distribution")).toURI().toString())
                        .karafVersion(karafVersion)
                        .name("Thi Dua Platform")
                        .unpackDirectory(new File("target/exam"))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole(), // no console on the test's stdin
                keepRuntimeFolder(), // target/exam/<uuid>/data/log/karaf.log stays for reading after a failure
                logLevel(LogLevel.INFO),
                systemProperty("pax.exam.service.timeout").value(Long.toString(BOOT_TIMEOUT_SECONDS * 1000)),
                // A free loopback port for SSH, so that this run clashes neither with another nor with
                // ./run (Pax Exam itself moves the JMX/RMI ports to the free ones it talks to Karaf on).
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", freePort()),
                // The distribution is offline; Pax Exam's own feature comes from a repository of its own.
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                        requiredProperty("thidua.examRepository")),
                // What bin/karaf gives the JVM on Java 9+ and Pax Exam's launcher does not.
                vmOptions(
                        "-Xmx512m",
                        "-Dfile.encoding=UTF-8",
                        "-classpath", "lib/jdk9plus/*" + File.pathSeparator + "lib/boot/*",
                        "--add-reads=java.xml=java.logging",
                        "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                        "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karafVersion + ".jar",
                        "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karafVersion + ".jar",
                        "--add-opens", "java.base/java.security=ALL-UNNAMED",
                        "--add-opens", "java.base/java.net=ALL-UNNAMED",
                        "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                        "--add-opens", "java.base/java.util=ALL-UNNAMED",
                        "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
                        "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
                        "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
                        "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
                        "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
                        "--add-exports=java.security.sasl/com.sun.security.sasl=ALL-UNNAMED",
                        "--add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED"));
    }

    /**
     * Waits, without polling, until the boot features are installed and their bundles started: the
     * features service reports thidua-core installed (at once if it already is), then the end of
     * the deployment that installed it (bundles are started before a deployment finishes).
     */
    @Before
    public void awaitBoot() throws InterruptedException {
        CountDownLatch coreInstalled = new CountDownLatch(1);
        FeaturesListener features = new FeaturesListener() {
            @Override
            public void featureEvent(FeatureEvent event) {
                if (event.getType() == FeatureEvent.EventType.FeatureInstalled
                        && "thidua-core".equals(event.getFeature().getName())) {
                    coreInstalled.countDown();
                }
            }

            @Override
            public void repositoryEvent(RepositoryEvent event) {
                // not needed
            }
        };
        featuresService.registerListener(features);
        try {
            assertTrue("thidua-core was not installed within " + BOOT_TIMEOUT_SECONDS + " s",
                    coreInstalled.await(BOOT_TIMEOUT_SECONDS, SECONDS));
        } finally {
            featuresService.unregisterListener(features);
        }

        CountDownLatch deployed = new CountDownLatch(1);
        DeploymentListener deployment = event -> {
            if (event == DeploymentEvent.DEPLOYMENT_FINISHED) {
                deployed.countDown();
            }
        };
        featuresService.registerListener(deployment);
        try {
            assertTrue("the boot deployment did not finish within " + BOOT_TIMEOUT_SECONDS + " s",
                    deployed.await(BOOT_TIMEOUT_SECONDS, SECONDS));
        } finally {
            featuresService.unregisterListener(deployment);
        }
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
                sessionFactory.getRegistry().getCommand("thidua", "plan-show"));

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

    private String execute(String command) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream print = new PrintStream(out, true, UTF_8);
                Session session = sessionFactory.create(new ByteArrayInputStream(new byte[0]), print, print)) {
            session.execute(command);
            print.flush();
        }
        return out.toString(UTF_8);
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle bundle : bundleContext.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
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

    private static String freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return Integer.toString(socket.getLocalPort());
        }
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isEmpty() || value.startsWith("${")) {
            throw new IllegalStateException("system property " + name + " is not set (run the itests with mvn verify)");
        }
        return value;
    }
}
