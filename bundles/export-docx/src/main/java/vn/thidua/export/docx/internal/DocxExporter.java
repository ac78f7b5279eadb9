package vn.thidua.export.docx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import vn.thidua.export.DocumentExporter;
import vn.thidua.export.layout.Outline;
import vn.thidua.plan.Plan;
import vn.thidua.rules.RulePack;
import vn.thidua.rules.RulePackRegistry;

/**
 * A plan as a Word document laid out per Nghị định 30/2020, in the Word template of the rule pack in
 * force for the plan's province and date ({@value #PACK_TEMPLATE}) when it carries one, else in the
 * default template shipped here. Works without any rule pack or registry installed.
 */
@Component(service = DocumentExporter.class, property = DocumentExporter.FORMAT_PROPERTY + "=docx")
public final class DocxExporter implements DocumentExporter {

    /** Where a rule pack keeps its Word template. */
    public static final String PACK_TEMPLATE = "templates/plan.docx";

    private final DocxTemplate defaultTemplate;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile RulePackRegistry rules;

    @Activate
    public DocxExporter() {
        try (InputStream in = DocxExporter.class.getResourceAsStream("plan.docx")) {
            if (in == null) {
                throw new IllegalStateException("the default template plan.docx is missing from the bundle");
            }
            this.defaultTemplate = DocxTemplate.read("plan.docx (default)", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For tests and callers outside OSGi: the exporter with this registry (may be null). */
    DocxExporter(RulePackRegistry rules) {
        this();
        this.rules = rules;
    }

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }

    @Override
    public String fileExtension() {
        return "docx";
    }

    @Override
    public void export(Plan plan, OutputStream out) throws IOException {
        DocxTemplate template = templateFor(plan);
        Outline outline = Outline.of(plan);
        out.write(template.write(DocxBody.write(outline, template.textWidth()),
                outline.documentType() + " " + outline.summary()));
    }

    /** The template of the pack in force, when there is a registry, a pack and a template in it. */
    DocxTemplate templateFor(Plan plan) throws IOException {
        RulePackRegistry registry = rules;
        if (registry == null) {
            return defaultTemplate;
        }
        Optional<RulePack> pack = registry.inForce(plan.province().code(), registry.dateOf(plan));
        Optional<URL> url = pack.flatMap(p -> p.resource(PACK_TEMPLATE));
        if (url.isEmpty()) {
            return defaultTemplate;
        }
        String name = PACK_TEMPLATE + " of rule pack " + pack.get().info().id();
        byte[] bytes;
        try (InputStream in = url.get().openStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new IOException("Cannot read the Word template " + name + ": " + e.getMessage(), e);
        }
        return DocxTemplate.read(name, bytes);
    }
}
