package vn.thidua.rest.internal.fake;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import vn.thidua.export.DocumentExporter;
import vn.thidua.export.DocumentExports;
import vn.thidua.export.UnknownFormatException;
import vn.thidua.plan.Plan;

/** One exporter, {@code md}: the plan's summary as a Markdown heading. */
public final class MarkdownExports implements DocumentExports, DocumentExporter {

    @Override
    public List<String> formats() {
        return List.of("md");
    }

    @Override
    public Optional<DocumentExporter> exporter(String format) {
        return "md".equals(format) ? Optional.of(this) : Optional.empty();
    }

    @Override
    public Optional<DocumentExporter> exporterFor(String mediaType) {
        return "text/markdown".equals(mediaType) ? Optional.of(this) : Optional.empty();
    }

    @Override
    public String fileName(Plan plan, String format) {
        return "KH-" + plan.year() + "." + format;
    }

    @Override
    public byte[] export(Plan plan, String format) throws IOException {
        if (!"md".equals(format)) {
            throw new UnknownFormatException(format, formats());
        }
        return ("# " + plan.summary() + "\n").getBytes(StandardCharsets.UTF_8);
    }

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
        out.write(export(plan, "md"));
    }
}
