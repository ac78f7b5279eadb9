package vn.thidua.itests;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import javax.inject.Inject;

import org.apache.karaf.features.DeploymentEvent;
import org.apache.karaf.features.DeploymentListener;
import org.apache.karaf.features.FeatureEvent;
import org.apache.karaf.features.FeaturesListener;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.features.RepositoryEvent;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * What every Pax Exam test of the distribution shares (each IT extends it): booting the
 * distribution's tar.gz (a free SSH port, the exam repository as the only local repository, the JVM
 * flags {@code bin/karaf} gives on Java 17, Pax Exam's bundles in boot stages after ours:
 * {@link ExamBootStage}), waiting for the boot and for services without sleeping,
 * and running console commands as an administrator. A subclass names the boot feature it waits for
 * and may add options of its own.
 */
public abstract class PlatformTestSupport {

    /** Upper bound for the boot to settle; the waits return as soon as it has. */
    protected static final long BOOT_TIMEOUT_SECONDS = 120;

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected FeaturesService featuresService;

    /** The feature whose installation marks the end of the boot this test waits for. */
    protected abstract String bootFeature();

    /** Options of the subclass, applied after the common ones (e.g. another featuresBoot). */
    protected List<Option> extraOptions() throws IOException {
        return List.of();
    }

    /**
     * The options of every test: {@link #distribution()}, then the subclass's
     * {@link #extraOptions()}. A subclass that must do something first (create a database) may
     * declare its own {@code @Configuration} over this one, starting from {@link #distribution()}.
     */
    @Configuration
    public Option[] config() throws Exception {
        List<Option> options = new ArrayList<>(List.of(distribution()));
        options.addAll(extraOptions());
        return options(options.toArray(Option[]::new));
    }

    /** The Pax Exam options that boot our distribution (its tar.gz, not a stock Karaf). */
    public static Option distribution() throws IOException {
        String karafVersion = requiredProperty("karaf.version");
        return composite(
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
                // Pax Exam's bundles start after ours, its invoker before its remote end: no start-up race.
                ExamBootStage.option(Path.of(requiredProperty("thidua.examRepository"))),
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
     * Waits, without polling, until {@link #bootFeature()} is installed (at once if it already is),
     * then for the end of the deployment that installed it (bundles are started before it ends).
     */
    @Before
    public void awaitBoot() throws InterruptedException {
        CountDownLatch installed = new CountDownLatch(1);
        FeaturesListener features = new FeaturesListener() {
            @Override
            public void featureEvent(FeatureEvent event) {
                if (event.getType() == FeatureEvent.EventType.FeatureInstalled
                        && bootFeature().equals(event.getFeature().getName())) {
                    installed.countDown();
                }
            }

            @Override
            public void repositoryEvent(RepositoryEvent event) {
                // not needed
            }
        };
        featuresService.registerListener(features);
        try {
            assertTrue(bootFeature() + " was not installed within " + BOOT_TIMEOUT_SECONDS + " s",
                    installed.await(BOOT_TIMEOUT_SECONDS, SECONDS));
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

    /**
     * Waits, without polling, until {@code count} services of {@code type} are registered (at once if
     * they are), for services whose bundles register them after the boot deployment has finished.
     */
    protected void awaitServices(Class<?> type, int count) throws InterruptedException {
        CountDownLatch all = new CountDownLatch(count);
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(bundleContext, type.getName(), null) {
            @Override
            public Object addingService(ServiceReference<Object> reference) {
                all.countDown();
                return super.addingService(reference);
            }
        };
        tracker.open();
        try {
            assertTrue(count + " " + type.getSimpleName() + " services were not registered within " + BOOT_TIMEOUT_SECONDS
                    + " s", all.await(BOOT_TIMEOUT_SECONDS, SECONDS));
        } finally {
            tracker.close();
        }
    }

    /**
     * Runs console commands as an administrator types them, in one session, with the roles of
     * Karaf's {@code admingroup} (see {@link Console}). A failing command throws its exception.
     */
    protected String execute(String... commands) throws Exception {
        return Console.execute(awaitService(SessionFactory.class), commands);
    }

    /**
     * The service, once registered: waits on a tracker (at once if it is there). Shell types appear
     * only in method bodies here, never in a field or a signature: JUnit and Pax Exam reflect on this
     * class, and a distribution booted without Karaf's shell has no shell API to load them from.
     */
    protected <T> T awaitService(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(bundleContext, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(SECONDS.toMillis(BOOT_TIMEOUT_SECONDS));
            assertTrue(type.getSimpleName() + " was not registered within " + BOOT_TIMEOUT_SECONDS + " s", service != null);
            return service;
        } finally {
            tracker.close();
        }
    }

    /** The one bundle with this symbolic name, or null. */
    protected Bundle bundleOrNull(String symbolicName) {
        Bundle found = null;
        for (Bundle bundle : bundleContext.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                assertTrue("two bundles " + symbolicName, found == null);
                found = bundle;
            }
        }
        return found;
    }

    protected Bundle bundle(String symbolicName) {
        Bundle bundle = bundleOrNull(symbolicName);
        if (bundle == null) {
            throw new AssertionError("no bundle " + symbolicName);
        }
        return bundle;
    }

    /** A loopback port nothing listens on right now. */
    protected static String freePort() throws IOException {
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
