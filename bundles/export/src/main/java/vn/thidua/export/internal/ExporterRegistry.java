package vn.thidua.export.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import vn.thidua.export.DocumentExporter;
import vn.thidua.export.DocumentExports;
import vn.thidua.export.UnknownFormatException;
import vn.thidua.plan.Plan;

/**
 * The exporter services installed right now, by format. Exporters come and go with their bundles;
 * nothing that uses this service restarts when they do.
 */
@Component(service = DocumentExports.class)
public final class ExporterRegistry implements DocumentExports {

    /** Sorted by format; of two exporters of one format, the last bound wins until it goes away. */
    private final Map<String, DocumentExporter> byFormat = new ConcurrentSkipListMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addExporter(DocumentExporter exporter) {
        byFormat.put(key(exporter.format()), exporter);
    }

    void removeExporter(DocumentExporter exporter) {
        byFormat.remove(key(exporter.format()), exporter);
    }

    @Override
    public List<String> formats() {
        return List.copyOf(byFormat.keySet());
    }

    @Override
    public Optional<DocumentExporter> exporter(String format) {
        return format == null ? Optional.empty() : Optional.ofNullable(byFormat.get(key(format)));
    }

    @Override
    public Optional<DocumentExporter> exporterFor(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String wanted = FileNames.bareMediaType(mediaType);
        return byFormat.values().stream()
                .filter(e -> FileNames.bareMediaType(e.mediaType()).equals(wanted))
                .findFirst();
    }

    @Override
    public String fileName(Plan plan, String format) {
        String extension = exporter(format).map(DocumentExporter::fileExtension).orElseThrow(() -> unknown(format));
        return FileNames.of(plan, extension);
    }

    @Override
    public byte[] export(Plan plan, String format) throws IOException {
        DocumentExporter exporter = exporter(format).orElseThrow(() -> unknown(format));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        exporter.export(plan, out);
        return out.toByteArray();
    }

    private UnknownFormatException unknown(String format) {
        return new UnknownFormatException(format, formats());
    }

    private static String key(String format) {
        return format.strip().toLowerCase(Locale.ROOT);
    }
}
