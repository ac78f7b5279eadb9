package vn.thidua.itests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.FrameworkWiring;

import vn.thidua.export.DocumentExporter;
import vn.thidua.export.DocumentExports;
import vn.thidua.export.template.DocumentTemplates;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanCodec;
import vn.thidua.rules.PackState;
import vn.thidua.rules.RulePackInfo;
import vn.thidua.rules.RulePackRegistry;

/**
 * Boots the distribution and exports a seed plan in every format through the DocumentExports
 * service and the thidua:export command, as staff would; a second exporter of a format, ranked
 * above and below the shipped one; a rule pack's Word template reaching the DOCX exporter.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ExportIT extends PlatformTestSupport {

    private static final String BLOC_2018 = "examples/000_d3ad60d258665efa.json";
    private static final String GIA_LAI_2023 = "examples/003_44668950db2da263.json";
    private static final List<String> FORMATS = List.of("docx", "html", "ics", "md", "pdf");
    private static final String HTML_BUNDLE = "vn.thidua.export.html";
    /** What the second HTML exporter writes, so that a test sees which one served. */
    private static final String SECOND_HTML = "<!-- the second html exporter -->";
    /** A part the pack's Word template adds to the default one; every part of a template reaches the document. */
    private static final String TEMPLATE_MARK = "customXml/thidua-itest.xml";

    @Inject
    private PlanCodec codec;

    @Inject
    private DocumentExports exports;

    @Inject
    private RulePackRegistry registry;

    @Override
    protected String bootFeature() {
        return "thidua-export";
    }

    /** Waits, without polling, until the five exporter services are registered. */
    @Before
    public void awaitExporters() throws InterruptedException {
        awaitServices(DocumentExporter.class, FORMATS.size());
    }

    @Test
    public void theSeedExportsInEveryFormatTwiceToTheSameBytes() throws Exception {
        assertEquals(FORMATS, exports.formats());
        Plan plan = example(BLOC_2018);
        for (String format : FORMATS) {
            byte[] first = exports.export(plan, format);
            assertArrayEquals(format + " is not deterministic", first, exports.export(plan, format));
            String head = new String(first, 0, Math.min(first.length, 400), UTF_8);
            switch (format) {
                case "docx" -> assertTrue(head, head.startsWith("PK"));
                case "pdf" -> assertTrue(head, head.startsWith("%PDF-"));
                case "html" -> assertTrue(head, head.startsWith("<!DOCTYPE html>"));
                case "md" -> assertTrue(head, new String(first, UTF_8).contains("\n## KẾ HOẠCH\n"));
                case "ics" -> assertTrue(head, head.startsWith("BEGIN:VCALENDAR"));
                default -> fail(format);
            }
        }
        assertEquals("KH-08-KH-TDMNPB-2018.docx", exports.fileName(plan, "docx"));
    }

    @Test
    public void theCommandWritesTheFileAndNamesAWrongFormat() throws Exception {
        Path out = Files.createTempDirectory("thidua-export").resolve("plan.pdf");
        String printed = execute("thidua:export " + BLOC_2018 + " --format pdf --out " + out);
        assertTrue(printed, printed.startsWith("Wrote " + out));
        assertArrayEquals(exports.export(example(BLOC_2018), "pdf"), Files.readAllBytes(out));
        try {
            execute("thidua:export " + BLOC_2018 + " --format odt --out " + out);
            fail("thidua:export accepted the format odt");
        } catch (Exception e) {
            assertEquals("--format: no exporter for 'odt'; installed formats: docx, html, ics, md, pdf", e.getMessage());
        }
    }

    /**
     * Removing one of two exporters of a format keeps the format served by the other, whichever goes;
     * while both are there the higher service.ranking serves (the shipped one has none, that is 0).
     */
    @Test
    public void ofTwoHtmlExportersTheHigherRankedServesAndTheFormatOutlivesEither() throws Exception {
        Plan plan = example(BLOC_2018);
        DocumentExporter second = new SecondHtmlExporter();

        ServiceRegistration<DocumentExporter> above = register(second, 10);
        try {
            assertEquals(FORMATS, exports.formats());
            assertEquals(SECOND_HTML, new String(exports.export(plan, "html"), UTF_8));
        } finally {
            above.unregister();
        }
        assertTrue("the shipped exporter is back", shippedHtml(exports.export(plan, "html")));

        Bundle html = bundle(HTML_BUNDLE);
        ServiceRegistration<DocumentExporter> below = register(second, -1);
        try {
            assertTrue("ranked below, the second does not serve", shippedHtml(exports.export(plan, "html")));
            // The framework unregisters a bundle's services before stop() returns.
            html.stop();
            assertEquals(FORMATS, exports.formats());
            assertEquals(SECOND_HTML, new String(exports.export(plan, "html"), UTF_8));
        } finally {
            startAndAwaitItsExporter(html);
            below.unregister();
        }
        assertTrue("the shipped exporter serves again", shippedHtml(exports.export(plan, "html")));
        assertEquals(FORMATS, exports.formats());
    }

    /**
     * The DOCX exporter lays a plan out in the Word template of the rule pack in force when the pack
     * carries one, and in its default otherwise, through the rules bundle's DocumentTemplates service,
     * without being wired to the rule engine: refreshing the engine would not restart it.
     */
    @Test
    public void theDocxExporterUsesThePacksWordTemplateWithoutDependingOnTheRuleEngine() throws Exception {
        ServiceReference<DocumentTemplates> templates = awaitServiceReference(DocumentTemplates.class);
        assertEquals("vn.thidua.rules", templates.getBundle().getSymbolicName());
        FrameworkWiring wiring = bundleContext.getBundle(0).adapt(FrameworkWiring.class);
        List<String> refreshedWithTheEngine = new ArrayList<>();
        for (Bundle b : wiring.getDependencyClosure(List.of(bundle("vn.thidua.rules")))) {
            refreshedWithTheEngine.add(b.getSymbolicName());
        }
        assertTrue(refreshedWithTheEngine.toString(), refreshedWithTheEngine.contains("vn.thidua.rest"));
        for (String exporter : List.of("vn.thidua.export.docx", "vn.thidua.export", HTML_BUNDLE)) {
            assertFalse(exporter + " would restart with the rule engine: " + refreshedWithTheEngine,
                    refreshedWithTheEngine.contains(exporter));
        }

        // A Gia Lai pack of 2026 dropped into rulepacks/ beside templates/plan.docx, as an administrator would.
        Path folder = Path.of(System.getProperty("karaf.base"), "rulepacks");
        Path descriptor = folder.resolve("gia-lai-2026.yaml");
        Path template = folder.resolve("templates").resolve("plan.docx");
        Bundle giaLai = bundle("vn.thidua.rules.gia-lai");
        String text = PackJars.replacing("version: 2023.1.0", "version: 2026.1.0")
                .andThen(PackJars.replacing("validFrom: 2023-01-01", "validFrom: 2026-01-01"))
                .andThen(PackJars.replacing("  validTo: 2025-06-30\n", ""))
                .apply(PackJars.descriptor(giaLai, "rulepacks/gia-lai-2023.yaml"));
        Files.createDirectories(template.getParent());
        Files.write(template, withMarkPart(defaultWordTemplate()));
        try {
            PackSwap.run(bundleContext, () -> moveIn(descriptor, text),
                    packs -> loadedIds(packs).contains("gia-lai@2026.1.0"));
            Plan plan2026 = registry.draft("gia-lai", 2026);
            assertEquals("rulepack:gia-lai@2026.1.0", plan2026.source());

            assertTrue("the pack's template was not used", parts(exports.export(plan2026, "docx")).contains(TEMPLATE_MARK));
            assertFalse("the 2023 pack has no template: the default serves",
                    parts(exports.export(example(GIA_LAI_2023), "docx")).contains(TEMPLATE_MARK));

            PackSwap.run(bundleContext, () -> Files.delete(descriptor),
                    packs -> !loadedIds(packs).contains("gia-lai@2026.1.0"));
            assertFalse("the pack is gone: the default serves",
                    parts(exports.export(registry.draft("gia-lai", 2026), "docx")).contains(TEMPLATE_MARK));
        } finally {
            Files.deleteIfExists(descriptor);
            Files.deleteIfExists(template);
        }
    }

    private ServiceRegistration<DocumentExporter> register(DocumentExporter exporter, int ranking) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(DocumentExporter.FORMAT_PROPERTY, exporter.format());
        properties.put(Constants.SERVICE_RANKING, ranking);
        return bundleContext.registerService(DocumentExporter.class, exporter, properties);
    }

    /** Starts the bundle and waits, on a service listener, until its exporter is registered again. */
    private void startAndAwaitItsExporter(Bundle bundle) throws Exception {
        CountDownLatch registered = new CountDownLatch(1);
        ServiceListener listener = event -> {
            if (event.getType() == ServiceEvent.REGISTERED
                    && event.getServiceReference().getBundle().getBundleId() == bundle.getBundleId()) {
                registered.countDown();
            }
        };
        bundleContext.addServiceListener(listener, "(objectClass=" + DocumentExporter.class.getName() + ")");
        try {
            bundle.start();
            assertTrue(bundle.getSymbolicName() + " registered no exporter within " + BOOT_TIMEOUT_SECONDS + " s",
                    registered.await(BOOT_TIMEOUT_SECONDS, SECONDS));
        } finally {
            bundleContext.removeServiceListener(listener);
        }
    }

    private <T> ServiceReference<T> awaitServiceReference(Class<T> type) throws Exception {
        awaitService(type);
        ServiceReference<T> reference = bundleContext.getServiceReference(type);
        assertTrue("no " + type.getSimpleName(), reference != null);
        return reference;
    }

    private static boolean shippedHtml(byte[] document) {
        return new String(document, UTF_8).startsWith("<!DOCTYPE html>");
    }

    private static List<String> loadedIds(Collection<RulePackInfo> packs) {
        return packs.stream().filter(p -> p.state() == PackState.LOADED).map(RulePackInfo::id).toList();
    }

    /** The default Word template, as the DOCX exporter bundle ships it. */
    private byte[] defaultWordTemplate() throws IOException {
        try (InputStream in = bundle("vn.thidua.export.docx").getEntry("vn/thidua/export/docx/internal/plan.docx").openStream()) {
            return in.readAllBytes();
        }
    }

    /** The template with one part more, which marks the documents laid out in it. */
    private static byte[] withMarkPart(byte[] docx) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(in.readAllBytes());
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(TEMPLATE_MARK));
            out.write("<thidua-itest/>".getBytes(UTF_8));
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static List<String> parts(byte[] docx) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    /** Written beside under a hidden name, then moved in at once, as the folder's README asks. */
    private static void moveIn(Path file, String text) throws IOException {
        Path hidden = file.resolveSibling("." + file.getFileName() + ".part");
        Files.writeString(hidden, text, UTF_8);
        Files.move(hidden, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private Plan example(String file) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("karaf.base")).resolve(file))) {
            return codec.read(in);
        }
    }

    /** A second exporter of HTML, as a site's own bundle would register one. */
    private static final class SecondHtmlExporter implements DocumentExporter {

        @Override
        public String format() {
            return "html";
        }

        @Override
        public String mediaType() {
            return "text/html; charset=UTF-8";
        }

        @Override
        public String fileExtension() {
            return "html";
        }

        @Override
        public void export(Plan plan, OutputStream out) throws IOException {
            out.write(SECOND_HTML.getBytes(UTF_8));
        }
    }
}
