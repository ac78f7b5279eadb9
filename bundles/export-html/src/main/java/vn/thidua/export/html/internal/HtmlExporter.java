package vn.thidua.export.html.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import vn.thidua.export.DocumentExporter;
import vn.thidua.export.layout.HtmlBody;
import vn.thidua.export.layout.Outline;
import vn.thidua.plan.Plan;

/**
 * A plan as one self-contained HTML page laid out like the printed document, every text escaped.
 */
@Component(service = DocumentExporter.class, property = DocumentExporter.FORMAT_PROPERTY + "=html")
public final class HtmlExporter implements DocumentExporter {

    private final String css;

    @Activate
    public HtmlExporter() {
        try (var in = HtmlExporter.class.getResourceAsStream("plan.css")) {
            if (in == null) {
                throw new IllegalStateException("plan.css is missing from the bundle");
            }
            this.css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

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
        out.write(HtmlBody.document(Outline.of(plan), css).getBytes(StandardCharsets.UTF_8));
    }
}
