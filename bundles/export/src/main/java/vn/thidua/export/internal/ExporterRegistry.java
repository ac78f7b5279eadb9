package vn.thidua.export.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.osgi.framework.ServiceReference;
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
 * The exporter services installed right now, by the format named in their
 * {@value DocumentExporter#FORMAT_PROPERTY} property. Of several exporters of one format the one
 * the framework ranks first serves it (highest {@code service.ranking}, then lowest
 * {@code service.id}); when it goes, the next one takes over. Exporters come and go with their
 * bundles; nothing that uses this service restarts when they do.
 */
@Component(service = DocumentExports.class)
public final class ExporterRegistry implements DocumentExports {

    private record Bound(String format, DocumentExporter exporter) {
    }

    /** Every exporter bound whose format is sound, by its service; changed under the registry's lock. */
    private final Map<ServiceReference<DocumentExporter>, Bound> bound = new HashMap<>();

    /** The exporter that serves each format, sorted by format: an immutable snapshot readers never wait for. */
    private volatile Map<String, DocumentExporter> serving = Map.of();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(" + DocumentExporter.FORMAT_PROPERTY + "=*)",
            updated = "updatedExporter", unbind = "removeExporter")
    synchronized void addExporter(ServiceReference<DocumentExporter> reference, DocumentExporter exporter) {
        bind(reference, exporter);
    }

    /** A changed ranking or format takes effect at once. */
    synchronized void updatedExporter(ServiceReference<DocumentExporter> reference, DocumentExporter exporter) {
        bind(reference, exporter);
    }

    synchronized void removeExporter(ServiceReference<DocumentExporter> reference) {
        bound.remove(reference);
        choose();
    }

    private void bind(ServiceReference<DocumentExporter> reference, DocumentExporter exporter) {
        Optional<String> format = ExporterFormat.of(reference, exporter);
        if (format.isPresent()) {
            bound.put(reference, new Bound(format.get(), exporter));
        } else {
            bound.remove(reference);
        }
        choose();
    }

    /**
     * For each format, the exporter whose reference is the greatest: {@link ServiceReference#compareTo}
     * is the framework's own ranking order.
     */
    private void choose() {
        Map<String, ServiceReference<DocumentExporter>> best = new TreeMap<>();
        bound.forEach((reference, entry) -> best.merge(entry.format(), reference,
                (a, b) -> a.compareTo(b) >= 0 ? a : b));
        Map<String, DocumentExporter> chosen = new TreeMap<>();
        best.forEach((format, reference) -> chosen.put(format, bound.get(reference).exporter()));
        serving = Collections.unmodifiableMap(chosen);
    }

    @Override
    public List<String> formats() {
        return List.copyOf(serving.keySet());
    }

    @Override
    public Optional<DocumentExporter> exporter(String format) {
        return format == null ? Optional.empty() : Optional.ofNullable(serving.get(ExporterFormat.key(format)));
    }

    @Override
    public Optional<DocumentExporter> exporterFor(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String wanted = FileNames.bareMediaType(mediaType);
        return serving.values().stream()
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
}
