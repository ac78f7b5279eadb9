package vn.thidua.export.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

import vn.thidua.export.DocumentExporter;
import vn.thidua.export.UnknownFormatException;
import vn.thidua.plan.Plan;
import vn.thidua.plan.seed.Fixtures;

/**
 * The registry fed as Declarative Services feeds it, with service references of a real framework
 * (Felix, as Karaf runs it), so that ranking and service ids order exactly as they do in Karaf.
 */
class ExporterRegistryTest {

    @TempDir
    static Path storage;

    private static Framework framework;
    private static BundleContext context;

    private final ExporterRegistry registry = new ExporterRegistry();
    private final Plan plan = Fixtures.plan("000_d3ad60d258665efa");

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

    /** An exporter that writes its name, so a test sees which one served. */
    private static DocumentExporter exporter(String name, String format) {
        return new DocumentExporter() {
            @Override
            public String format() {
                return format;
            }

            @Override
            public String mediaType() {
                return "text/" + format + "; charset=UTF-8";
            }

            @Override
            public String fileExtension() {
                return format;
            }

            @Override
            public void export(Plan plan, OutputStream out) throws IOException {
                out.write(name.getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    /** Registers the exporter with the format property and, when not null, a service.ranking. */
    private static ServiceRegistration<DocumentExporter> register(DocumentExporter exporter, String format, Integer ranking) {
        return context.registerService(DocumentExporter.class, exporter, properties(format, ranking));
    }

    private static Dictionary<String, Object> properties(String format, Integer ranking) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(DocumentExporter.FORMAT_PROPERTY, format);
        if (ranking != null) {
            properties.put(Constants.SERVICE_RANKING, ranking);
        }
        return properties;
    }

    private void bind(ServiceRegistration<DocumentExporter> registration) {
        ServiceReference<DocumentExporter> reference = registration.getReference();
        registry.addExporter(reference, context.getService(reference));
    }

    private String served(String format) throws IOException {
        return new String(registry.export(plan, format), StandardCharsets.UTF_8);
    }

    @Test
    void formatsComeAndGoWithTheirExporters() throws IOException {
        ServiceRegistration<DocumentExporter> md = register(exporter("markdown", "md"), "md", null);
        ServiceRegistration<DocumentExporter> html = register(exporter("html", "html"), "html", null);
        try {
            bind(md);
            bind(html);
            assertThat(registry.formats()).containsExactly("html", "md");
            assertThat(registry.exporterFor("text/md")).map(Object::toString).contains("markdown");
            assertThat(served("MD")).isEqualTo("markdown");
            assertThat(registry.fileName(plan, "md")).isEqualTo("KH-08-KH-TDMNPB-2018.md");

            registry.removeExporter(md.getReference());
            assertThat(registry.formats()).containsExactly("html");
            assertThatThrownBy(() -> registry.export(plan, "md"))
                    .isInstanceOf(UnknownFormatException.class)
                    .hasMessageContaining("'md'").hasMessageContaining("html");
        } finally {
            md.unregister();
            html.unregister();
        }
    }

    /** The defect of issue 10: removing the exporter bound last took the format away from the other. */
    @Test
    void ofTwoEquallyRankedExportersTheFirstRegisteredServesAndTheOtherTakesOverWhenItGoes() throws IOException {
        ServiceRegistration<DocumentExporter> first = register(exporter("first", "md"), "md", null);
        ServiceRegistration<DocumentExporter> second = register(exporter("second", "md"), "md", null);
        try {
            bind(second);
            bind(first);
            assertThat(served("md")).isEqualTo("first");

            registry.removeExporter(first.getReference());
            assertThat(registry.formats()).containsExactly("md");
            assertThat(served("md")).isEqualTo("second");

            registry.removeExporter(second.getReference());
            assertThat(registry.formats()).isEmpty();
        } finally {
            first.unregister();
            second.unregister();
        }
    }

    @Test
    void theHigherRankingServesWhateverTheOrderOfRegistrationAndBinding() throws IOException {
        ServiceRegistration<DocumentExporter> low = register(exporter("low", "md"), "md", -5);
        ServiceRegistration<DocumentExporter> plain = register(exporter("plain", "md"), "md", null);
        ServiceRegistration<DocumentExporter> high = register(exporter("high", "md"), "md", 10);
        try {
            bind(high);
            bind(low);
            bind(plain);
            assertThat(served("md")).isEqualTo("high");

            registry.removeExporter(high.getReference());
            assertThat(served("md")).as("no ranking counts as 0, above -5").isEqualTo("plain");

            registry.removeExporter(plain.getReference());
            assertThat(served("md")).isEqualTo("low");

            bind(high);
            assertThat(served("md")).isEqualTo("high");
        } finally {
            low.unregister();
            plain.unregister();
            high.unregister();
        }
    }

    @Test
    void aChangedRankingTakesEffectAtOnce() throws IOException {
        ServiceRegistration<DocumentExporter> a = register(exporter("a", "md"), "md", 1);
        ServiceRegistration<DocumentExporter> b = register(exporter("b", "md"), "md", 2);
        try {
            bind(a);
            bind(b);
            assertThat(served("md")).isEqualTo("b");

            a.setProperties(properties("md", 3));
            registry.updatedExporter(a.getReference(), context.getService(a.getReference()));
            assertThat(served("md")).isEqualTo("a");
        } finally {
            a.unregister();
            b.unregister();
        }
    }

    @Test
    void theFormatIsThePropertyAndMustAgreeWithTheExporter() throws IOException {
        ServiceRegistration<DocumentExporter> upper = register(exporter("upper", "md"), " MD ", null);
        ServiceRegistration<DocumentExporter> disagreeing = register(exporter("disagreeing", "md"), "markdown", 100);
        ServiceRegistration<DocumentExporter> blank = register(exporter("blank", "html"), " ", null);
        try {
            bind(upper);
            bind(disagreeing);
            bind(blank);
            assertThat(registry.formats()).containsExactly("md");
            assertThat(served("md")).isEqualTo("upper");

            // Its property corrected, the disagreeing exporter (ranked higher) serves.
            disagreeing.setProperties(properties("md", 100));
            registry.updatedExporter(disagreeing.getReference(), context.getService(disagreeing.getReference()));
            assertThat(served("md")).isEqualTo("disagreeing");
        } finally {
            upper.unregister();
            disagreeing.unregister();
            blank.unregister();
        }
    }

    /** An exporter that counts its renderings and writes the plan's number with that count. */
    private static DocumentExporter counting(AtomicInteger renderings) {
        return new DocumentExporter() {
            @Override
            public String format() {
                return "md";
            }

            @Override
            public String mediaType() {
                return "text/markdown; charset=UTF-8";
            }

            @Override
            public String fileExtension() {
                return "md";
            }

            @Override
            public void export(Plan plan, OutputStream out) throws IOException {
                out.write((plan.number() + " #" + renderings.incrementAndGet()).getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    @Test
    void theSamePlanIsRenderedOnceAndAChangedPlanOrAnotherExporterAgain() throws IOException {
        AtomicInteger renderings = new AtomicInteger();
        ServiceRegistration<DocumentExporter> md = register(counting(renderings), "md", null);
        try {
            bind(md);
            byte[] first = registry.export(plan, "md");
            first[0] = 'X'; // what a caller does with its copy stays its own
            assertThat(served("md")).isEqualTo(plan.number() + " #1");
            assertThat(registry.export(Fixtures.plan("000_d3ad60d258665efa"), "md"))
                    .as("an equal plan read again").isEqualTo(served("md").getBytes(StandardCharsets.UTF_8));
            assertThat(renderings).hasValue(1);

            Plan other = Fixtures.plan("003_44668950db2da263");
            assertThat(new String(registry.export(other, "md"), StandardCharsets.UTF_8)).isEqualTo(other.number() + " #2");
            assertThat(registry.cached()).isEqualTo(2);

            registry.removeExporter(md.getReference());
            assertThat(registry.cached()).as("the documents of an exporter gone are dropped").isZero();
            bind(md);
            assertThat(served("md")).isEqualTo(plan.number() + " #3");
        } finally {
            md.unregister();
        }
    }

    @Test
    void aCacheOfNoBytesRendersEveryTime() throws IOException {
        ExporterRegistry uncached = new ExporterRegistry(config(() -> 0L));
        AtomicInteger renderings = new AtomicInteger();
        ServiceRegistration<DocumentExporter> md = register(counting(renderings), "md", null);
        try {
            uncached.addExporter(md.getReference(), context.getService(md.getReference()));
            uncached.export(plan, "md");
            uncached.export(plan, "md");
            assertThat(renderings).hasValue(2);
            assertThat(uncached.cached()).isZero();
        } finally {
            md.unregister();
        }
    }

    @Test
    void theCacheSizeIsKeptWithinItsBoundAndABadOneGivesTheDefault() {
        assertThat(ExporterRegistry.cacheBytes(config(() -> 0L))).isZero();
        assertThat(ExporterRegistry.cacheBytes(config(() -> 5L << 20))).isEqualTo(5L << 20);
        assertThat(ExporterRegistry.cacheBytes(config(() -> 1L << 30))).isEqualTo(1L << 30);
        assertThat(ExporterRegistry.cacheBytes(config(() -> -1L))).isEqualTo(32L << 20);
        assertThat(ExporterRegistry.cacheBytes(config(() -> (1L << 30) + 1))).isEqualTo(32L << 20);
        // SCR throws when the value read is not a number ("32M"): the default, not a failed start.
        assertThat(ExporterRegistry.cacheBytes(config(() -> {
            throw new IllegalStateException("Cannot convert 32M to long");
        }))).isEqualTo(32L << 20);
    }

    @Test
    void theConfigurationIsTypedUnderTheRegistrysPidAndKey() throws IOException {
        // What bnd generated from the annotations: the PID and the key that etc/ files already use.
        String metatype = resource("OSGI-INF/metatype/" + ExportConfig.class.getName() + ".xml");
        assertThat(metatype).contains("pid=\"" + ExporterRegistry.class.getName() + "\"").contains("id=\"cache.bytes\"")
                .contains("default=\"" + (32L << 20) + "\"").contains("min=\"0\"").contains("max=\"" + (1L << 30) + "\"");
        // No configuration-pid of its own: the component's name is its PID.
        assertThat(resource("OSGI-INF/" + ExporterRegistry.class.getName() + ".xml"))
                .contains("name=\"" + ExporterRegistry.class.getName() + "\"").doesNotContain("configuration-pid");
    }

    private static String resource(String name) throws IOException {
        try (java.io.InputStream in = ExporterRegistry.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static ExportConfig config(java.util.function.LongSupplier bytes) {
        return new ExportConfig() {
            @Override
            public long cache_bytes() {
                return bytes.getAsLong();
            }

            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return ExportConfig.class;
            }
        };
    }

    @Test
    void theEntityTagFollowsThePlanAndTheExporterWithoutRendering() throws IOException {
        AtomicInteger renderings = new AtomicInteger();
        ServiceRegistration<DocumentExporter> md = register(counting(renderings), "md", null);
        ServiceRegistration<DocumentExporter> higher = register(exporter("higher", "md"), "md", 5);
        try {
            bind(md);
            String tag = registry.entityTag(plan, "md");
            assertThat(tag).matches("[0-9a-f]{32}");
            assertThat(registry.entityTag(Fixtures.plan("000_d3ad60d258665efa"), "md")).isEqualTo(tag);
            assertThat(registry.entityTag(Fixtures.plan("003_44668950db2da263"), "md")).isNotEqualTo(tag);
            assertThat(renderings).hasValue(0);

            bind(higher);
            assertThat(registry.entityTag(plan, "md")).as("another exporter serves").isNotEqualTo(tag);
            assertThatThrownBy(() -> registry.entityTag(plan, "docx")).isInstanceOf(UnknownFormatException.class);
        } finally {
            md.unregister();
            higher.unregister();
        }
    }
}
