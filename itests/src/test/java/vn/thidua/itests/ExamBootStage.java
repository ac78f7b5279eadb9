package vn.thidua.itests;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.features;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.ops4j.pax.exam.Info;
import org.ops4j.pax.exam.Option;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Pax Exam's bundles in boot stages after ours, so that the probe meets a Karaf whose boot
 * features are all started, and an invoker that is already there.
 *
 * <p>Why: Pax Exam adds its feature {@code exam} to {@code featuresBoot} and installs the probe as
 * soon as that feature's remote bundle context ({@code pax-exam-container-rbc}) answers over RMI.
 * Starting the probe makes Pax Exam's extender ({@code Parser.createInvoker} in
 * {@code pax-exam-extender-service} 4.14.0) wait for the {@code ProbeInvokerFactory} service of
 * {@code pax-exam-invoker-junit} for a fixed 10 s ({@code Parser.DEFAULT_TIMEOUT}), and that
 * factory then waits 10 s for the {@code Injector} of {@code pax-exam-inject}
 * ({@code JUnitProbeInvokerFactory.DEFAULT_TIMEOUT}). Appended to our own boot features, all of Pax Exam's
 * bundles were started by the same deployment as ours, in no set order: when the remote bundle
 * context came up early and the deployment then spent more than 10 s starting the plan store
 * (Hibernate, Flyway, the examples) on a loaded machine, the invoker bundle was not started in
 * time and the test class was lost ("ProbeInvokerFactory" not found).
 *
 * <p>The fix orders the boot instead of waiting longer. Karaf installs {@code featuresBoot} in
 * stages (a group in parentheses is a stage; each stage's deployment finishes, every bundle
 * started, before the next begins). Pax Exam can only append to {@code featuresBoot}, and so can
 * this option ({@link org.ops4j.pax.exam.karaf.options.KarafFeaturesOption}s are applied after every
 * edit of the configuration files, a subclass's own {@code featuresBoot} included, and before Pax
 * Exam's own). It appends a stage with a feature made here of every bundle of {@code exam} but the
 * remote bundle context, so the boot becomes:
 * <ol>
 * <li>the distribution's stages (ours);</li>
 * <li>{@code (itest-exam-services)}: the extender, the JUnit invoker, the injector, JUnit;</li>
 * <li>{@code exam, test-dependencies} (what Pax Exam appends): only the remote bundle context is
 * new.</li>
 * </ol>
 * The probe can thus only be installed once our boot features are started and Pax Exam's services
 * are registered: no wait of Pax Exam's can run out, whatever the load.
 */
final class ExamBootStage {

    static final String FEATURE = "itest-exam-services";

    /** Pax Exam's remote bundle context: the one bundle of {@code exam} left to Pax Exam's own, last, stage. */
    private static final String REMOTE_BUNDLE_CONTEXT = "mvn:org.ops4j.pax.exam/pax-exam-container-rbc/";

    private ExamBootStage() {
    }

    /**
     * The option that appends the stage, with its feature repository written under
     * {@code target/} from Pax Exam's own feature descriptor in the exam repository.
     */
    static Option option(Path examRepository) throws IOException {
        String version = Info.getPaxExamVersion();
        Path descriptor = examRepository.resolve("org/ops4j/pax/exam/pax-exam-features").resolve(version)
                .resolve("pax-exam-features-" + version + ".xml");
        Map<String, Boolean> bundles = examBundlesButTheRemoteContext(descriptor);
        StringBuilder xml = new StringBuilder()
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<!-- Written by ExamBootStage from ").append(descriptor.getFileName()).append(" -->\n")
                .append("<features name=\"").append(FEATURE).append("\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">\n")
                .append("  <feature name=\"").append(FEATURE).append("\" version=\"").append(version).append("\">\n");
        // dependency="true" as Pax Exam has it (javax.inject): installed only when nothing provides it
        // yet; a second provider would make Karaf refresh our Jersey and Hibernate bundles.
        bundles.forEach((location, dependency) -> xml.append(dependency ? "    <bundle dependency=\"true\">" : "    <bundle>")
                .append(location).append("</bundle>\n"));
        xml.append("  </feature>\n</features>\n");

        Path repository = Path.of("target", "exam-boot-stage", FEATURE + ".xml").toAbsolutePath();
        Files.createDirectories(repository.getParent());
        // Each test class writes the same bytes; a move keeps a reader from seeing half a file.
        Path part = Files.createTempFile(repository.getParent(), FEATURE, ".part");
        Files.writeString(part, xml);
        Files.move(part, repository, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return features(repository.toUri().toString(), "(" + FEATURE + ")");
    }

    /**
     * The bundles of Pax Exam's features {@code exam} and {@code exam-no-junit}, without the remote
     * bundle context, each with whether it is a {@code dependency}.
     */
    private static Map<String, Boolean> examBundlesButTheRemoteContext(Path descriptor) throws IOException {
        Map<String, Boolean> bundles = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(descriptor)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            NodeList features = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "feature");
            for (int i = 0; i < features.getLength(); i++) {
                Element feature = (Element) features.item(i);
                if (!Set.of("exam", "exam-no-junit").contains(feature.getAttribute("name"))) {
                    continue;
                }
                NodeList children = feature.getElementsByTagNameNS("*", "bundle");
                for (int j = 0; j < children.getLength(); j++) {
                    Element bundle = (Element) children.item(j);
                    String location = bundle.getTextContent().trim();
                    if (!location.startsWith(REMOTE_BUNDLE_CONTEXT)) {
                        bundles.put(location, Boolean.parseBoolean(bundle.getAttribute("dependency")));
                    }
                }
            }
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot read Pax Exam's features " + descriptor + ": " + e.getMessage(), e);
        }
        if (bundles.keySet().stream().noneMatch(b -> b.startsWith("mvn:org.ops4j.pax.exam/pax-exam-invoker-junit/"))) {
            throw new IOException("no pax-exam-invoker-junit in Pax Exam's feature exam (" + descriptor + ")");
        }
        return bundles;
    }
}
