package vn.thidua.export.markdown.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.osgi.service.component.annotations.Component;

import vn.thidua.export.DocumentExporter;
import vn.thidua.export.layout.Outline;
import vn.thidua.plan.Plan;

/** A plan as Markdown in the shape of the published texts the seeds were taken from. */
@Component(service = DocumentExporter.class, property = DocumentExporter.FORMAT_PROPERTY + "=md")
public final class MarkdownExporter implements DocumentExporter {

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
        out.write(MarkdownWriter.write(Outline.of(plan)).getBytes(StandardCharsets.UTF_8));
    }
}
