package vn.thidua.export.docx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import vn.thidua.export.DocumentExporter;
import vn.thidua.export.layout.Outline;
import vn.thidua.export.template.DocumentTemplate;
import vn.thidua.export.template.DocumentTemplates;
import vn.thidua.plan.Plan;

/**
 * A plan as a Word document laid out per Nghị định 30/2020, in the Word template that a
 * {@link DocumentTemplates} service provides for the plan (the rule engine offers the one the rule
 * pack in force for the plan's province and date carries), else in the default template shipped here.
 * Works without any rules installed: the reference is optional and dynamic, so templates coming and
 * going never restart the exporter.
 */
@Component(service = DocumentExporter.class, property = DocumentExporter.FORMAT_PROPERTY + "=docx")
public final class DocxExporter implements DocumentExporter {

    private final DocxTemplate defaultTemplate;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile DocumentTemplates templates;

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

    /** For tests and callers outside OSGi: the exporter with this provider of templates (may be null). */
    DocxExporter(DocumentTemplates templates) {
        this();
        this.templates = templates;
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

    /** The template provided for the plan, when there is a provider and it has one; else the default. */
    DocxTemplate templateFor(Plan plan) throws IOException {
        DocumentTemplates provider = templates;
        Optional<DocumentTemplate> provided = provider == null ? Optional.empty() : provider.template(plan, format());
        if (provided.isEmpty()) {
            return defaultTemplate;
        }
        return DocxTemplate.read(provided.get().origin(), provided.get().read());
    }
}
