package vn.thidua.jetty.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

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
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * The activator in a real framework (Felix, as Karaf runs it): the Jetty handler comes only once
 * pax-web's runtime is there, so that pax-web's Jetty bundle never replaces its server factory while
 * the runtime is still opening its tracker of them.
 */
class ActivatorTest {

    @TempDir
    static Path storage;

    private static Framework framework;
    private static BundleContext context;

    private ServiceRegistration<?> runtime;
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
    void stopActivatorAndRuntime() {
        if (started != null) {
            started.stop(context);
        }
        if (runtime != null) {
            runtime.unregister();
        }
    }

    /** A service under the runtime's name; a factory, so that the framework asks for no class of that name. */
    private static ServiceRegistration<?> registerRuntime() {
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

    @Test
    void theHandlerComesOnlyOncePaxWebsRuntimeIsThere() throws Exception {
        Activator activator = new Activator(Duration.ofSeconds(60));
        Thread[] starting = new Thread[1];
        CompletableFuture<Void> start = CompletableFuture.runAsync(() -> {
            starting[0] = Thread.currentThread();
            try {
                activator.start(context);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // the start waits (or, wrongly, has finished): either way it is no longer running
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while ((starting[0] == null || starting[0].getState() == Thread.State.RUNNABLE) && !start.isDone()
                && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(start).as("the start returned before pax-web's runtime came").isNotDone();
        assertThat(handler()).isNull();

        runtime = registerRuntime();
        start.get(30, TimeUnit.SECONDS);
        started = activator;

        ServiceReference<Handler> handler = handler();
        assertThat(handler).isNotNull();
        assertThat(handler.getProperty(Constants.SERVICE_RANKING)).isEqualTo(Activator.RANKING);
    }

    @Test
    void withPaxWebsRuntimeThereTheHandlerComesAtOnceAndGoesAtStop() throws Exception {
        runtime = registerRuntime();
        Activator activator = new Activator(Duration.ofSeconds(60));

        long before = System.nanoTime();
        activator.start(context);
        long took = System.nanoTime() - before;

        assertThat(handler()).isNotNull();
        // far below the wait: it did not wait for a runtime that was there
        assertThat(Duration.ofNanos(took)).isLessThan(Duration.ofSeconds(30));
        activator.stop(context);
        assertThat(handler()).isNull();
    }

    @Test
    void withoutPaxWebTheHandlerComesAfterTheWait() throws Exception {
        Activator activator = new Activator(Duration.ofMillis(200));

        activator.start(context);
        started = activator;

        assertThat(handler()).isNotNull();
    }
}
