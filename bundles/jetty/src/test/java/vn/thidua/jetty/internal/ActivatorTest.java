package vn.thidua.jetty.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.eclipse.jetty.server.Handler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The activator in a real framework (Felix, as Karaf runs it), beside bundles named as pax-web's Jetty
 * bundle and runtime: the handler comes on the thread that started the Jetty bundle while the runtime
 * has not started (its first server then has it, and is never restarted for it), and otherwise only
 * once the runtime serves, so that the Jetty bundle never replaces its server factory while the
 * runtime is still opening its tracker of them.
 */
class ActivatorTest {

    @TempDir
    static Path storage;

    private static Framework framework;
    private static BundleContext context;

    private final List<Bundle> installed = new ArrayList<>();
    private ServiceRegistration<?> runtimeService;
    private Activator started;

    @BeforeAll
    static void startFramework() throws BundleException {
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow();
        framework = factory.newFramework(Map.of(Constants.FRAMEWORK_STORAGE, storage.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        framework.start();
        context = framework.getBundleContext();
    }

    @AfterAll
    static void stopFramework() throws Exception {
        framework.stop();
        framework.waitForStop(30_000);
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (started != null) {
            started.stop(context);
        }
        if (runtimeService != null) {
            runtimeService.unregister();
        }
        for (Bundle bundle : installed) {
            bundle.uninstall();
        }
        assertThat(handler()).as("a handler left after the activator stopped").isNull();
    }

    /** An empty bundle of that symbolic name: it starts and stops as pax-web's own would, with the same events. */
    private Bundle install(String symbolicName) throws IOException, BundleException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        main.putValue(Constants.BUNDLE_SYMBOLICNAME, symbolicName);
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        new JarOutputStream(jar, manifest).close();
        Bundle bundle = context.installBundle("test:" + symbolicName, new ByteArrayInputStream(jar.toByteArray()));
        installed.add(bundle);
        return bundle;
    }

    /** A service under the runtime's name; a factory, so that the framework asks for no class of that name. */
    private static ServiceRegistration<?> registerRuntimeService() {
        return context.registerService(new String[] {Activator.HTTP_SERVICE_RUNTIME}, new ServiceFactory<Object>() {
            @Override
            public Object getService(Bundle bundle, ServiceRegistration<Object> registration) {
                return new Object();
            }

            @Override
            public void ungetService(Bundle bundle, ServiceRegistration<Object> registration, Object service) {
            }
        }, null);
    }

    private static ServiceReference<Handler> handler() {
        return context.getServiceReference(Handler.class);
    }

    private static ServiceReference<Handler> awaitHandler() throws InterruptedException {
        ServiceTracker<Handler, Handler> tracker = new ServiceTracker<>(context, Handler.class, null);
        tracker.open();
        try {
            tracker.waitForService(30_000);
            return tracker.getServiceReference();
        } finally {
            tracker.close();
        }
    }

    private Activator start(Duration runtimeWait) {
        Activator activator = new Activator(runtimeWait);
        activator.start(context);
        started = activator;
        return activator;
    }

    @Test
    void theHandlerComesWhenPaxWebsJettyBundleHasStartedBeforeItsRuntime() throws Exception {
        Bundle jetty = install(Activator.PAX_WEB_JETTY);
        install(Activator.PAX_WEB_RUNTIME);
        start(Duration.ofSeconds(60));
        assertThat(handler()).as("before pax-web's Jetty bundle made its server factory").isNull();

        jetty.start();

        // at once, on the thread that started the Jetty bundle: no runtime service was waited for
        ServiceReference<Handler> handler = handler();
        assertThat(handler).isNotNull();
        assertThat(handler.getProperty(Constants.SERVICE_RANKING)).isEqualTo(Activator.RANKING);
    }

    @Test
    void theHandlerGoesBeforePaxWebsJettyBundleStopsAndComesBackWithIt() throws Exception {
        Bundle jetty = install(Activator.PAX_WEB_JETTY);
        start(Duration.ofSeconds(60));
        jetty.start();
        assertThat(handler()).isNotNull();

        jetty.stop();
        assertThat(handler()).as("there when the Jetty bundle starts again, it would fail its start").isNull();

        jetty.start();
        assertThat(handler()).isNotNull();
    }

    /** pax-web answers the registration at once, on the same thread: the Jetty bundle may stop before it returns. */
    @Test
    void aHandlerWithdrawnWhileItIsBeingRegisteredDoesNotStay() throws Exception {
        Bundle jetty = install(Activator.PAX_WEB_JETTY);
        start(Duration.ofSeconds(60));
        List<Integer> seen = new ArrayList<>();
        ServiceListener stopsJetty = event -> {
            seen.add(event.getType());
            if (event.getType() == ServiceEvent.REGISTERED) {
                try {
                    jetty.stop();
                } catch (BundleException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        context.addServiceListener(stopsJetty, "(" + Constants.OBJECTCLASS + "=" + Handler.class.getName() + ")");
        try {
            jetty.start();
        } finally {
            context.removeServiceListener(stopsJetty);
        }

        assertThat(seen).containsExactly(ServiceEvent.REGISTERED, ServiceEvent.UNREGISTERING);
        assertThat(jetty.getState()).isEqualTo(Bundle.RESOLVED);
        assertThat(handler()).isNull();
    }

    @Test
    void withTheRuntimeStartedFirstTheHandlerWaitsForItsServer() throws Exception {
        Bundle jetty = install(Activator.PAX_WEB_JETTY);
        install(Activator.PAX_WEB_RUNTIME).start();
        start(Duration.ofSeconds(60));

        jetty.start();
        assertThat(handler()).as("while the runtime may still be opening its tracker of server factories").isNull();

        runtimeService = registerRuntimeService();
        assertThat(awaitHandler()).isNotNull();
    }

    @Test
    void startedAfterPaxWebTheHandlerComesOnceTheRuntimeServes() throws Exception {
        install(Activator.PAX_WEB_JETTY).start();
        install(Activator.PAX_WEB_RUNTIME).start();
        runtimeService = registerRuntimeService();

        start(Duration.ofSeconds(60));

        assertThat(awaitHandler()).isNotNull();
    }

    @Test
    void aRuntimeThatNeverServesIsWaitedForBoundedly() throws Exception {
        install(Activator.PAX_WEB_JETTY).start();

        start(Duration.ofMillis(200));

        assertThat(awaitHandler()).isNotNull();
    }

    @Test
    void withoutPaxWebTheHandlerComesAtOnceAndGoesAtStop() throws Exception {
        Activator activator = new Activator(Duration.ofSeconds(60));
        activator.start(context);

        assertThat(handler()).isNotNull();
        activator.stop(context);
        assertThat(handler()).isNull();
    }

    @Test
    void stoppedWhileWaitingForTheRuntimeItRegistersNothing() throws Exception {
        install(Activator.PAX_WEB_JETTY).start();
        Activator activator = start(Duration.ofSeconds(60));
        started = null;

        activator.stop(context);
        runtimeService = registerRuntimeService();

        // the waiting thread has ended (stop joins it): nothing can register after this point
        assertThat(handler()).isNull();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("thidua jetty handler"));
    }
}
