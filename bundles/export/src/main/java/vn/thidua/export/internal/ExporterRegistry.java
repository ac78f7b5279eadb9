package vn.thidua.export.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 *
 * <p>Documents rendered are kept ({@link DocumentCache}, at most {@code cache.bytes} bytes of them,
 * {@value #DEFAULT_CACHE_BYTES} unless configured ({@link ExportConfig}); 0 keeps none): a PDF takes
 * tens of milliseconds of CPU, and the same stored plan is exported again and again unchanged.
 */
@Component(service = DocumentExports.class)
@Designate(ocd = ExportConfig.class)
public final class ExporterRegistry implements DocumentExports {

    static final long DEFAULT_CACHE_BYTES = 32L << 20;
    /** A cache beyond this is a typing error (a heap's worth of documents), not a setting. */
    static final long MAX_CACHE_BYTES = 1L << 30;

    private static final Logger LOG = LoggerFactory.getLogger(ExporterRegistry.class);

    /** An exporter with what identifies its code: its bundle's name, version and last update. */
    private record Bound(String format, DocumentExporter exporter, String version) {
    }

    /** Every exporter bound whose format is sound, by its service; changed under the registry's lock. */
    private final Map<ServiceReference<DocumentExporter>, Bound> bound = new HashMap<>();

    /** The exporter that serves each format, sorted by format: an immutable snapshot readers never wait for. */
    private volatile Map<String, DocumentExporter> serving = Map.of();

    /** The version of each exporter serving a format, by identity of the exporter. */
    private volatile Map<DocumentExporter, String> versions = Map.of();

    private final DocumentCache cache;
    private final PlanDigest digest = new PlanDigest();

    /** With the default cache, as a test builds it. */
    public ExporterRegistry() {
        this.cache = new DocumentCache(DEFAULT_CACHE_BYTES);
    }

    @Activate
    public ExporterRegistry(ExportConfig config) {
        this.cache = new DocumentCache(cacheBytes(config));
    }

    /**
     * The configured size, or the default, said in the log, when it is not a number of bytes within
     * the bound: the export keeps working with a cache of known size rather than failing to start.
     */
    static long cacheBytes(ExportConfig config) {
        String problem;
        try {
            long bytes = config.cache_bytes();
            if (bytes >= 0 && bytes <= MAX_CACHE_BYTES) {
                return bytes;
            }
            problem = "was " + bytes;
        } catch (RuntimeException e) {
            // SCR's coercion of a value that is not a number is thrown here, when the value is read.
            problem = "is not a number (" + e.getMessage() + ")";
        }
        LOG.error("etc/vn.thidua.export.internal.ExporterRegistry.cfg: cache.bytes must be a number of bytes from 0 (no cache) to {},"
                + " {}; the default {} (32 MiB) applies", MAX_CACHE_BYTES, problem, DEFAULT_CACHE_BYTES);
        return DEFAULT_CACHE_BYTES;
    }

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
        Bound gone = bound.remove(reference);
        if (gone != null) {
            cache.forget(gone.exporter());
        }
        choose();
    }

    private void bind(ServiceReference<DocumentExporter> reference, DocumentExporter exporter) {
        Optional<String> format = ExporterFormat.of(reference, exporter);
        if (format.isPresent()) {
            bound.put(reference, new Bound(format.get(), exporter, versionOf(reference, exporter)));
        } else {
            bound.remove(reference);
        }
        choose();
    }

    /**
     * What changes when the exporter's code may have changed: a bundle updated in place keeps its
     * version (a SNAPSHOT) but not its last-modified time.
     */
    private static String versionOf(ServiceReference<DocumentExporter> reference, DocumentExporter exporter) {
        Bundle bundle = reference.getBundle();
        String origin = bundle == null ? "" : bundle.getSymbolicName() + "@" + bundle.getVersion() + "@" + bundle.getLastModified();
        return exporter.getClass().getName() + "@" + origin;
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
        Map<DocumentExporter, String> chosenVersions = new IdentityHashMap<>();
        best.forEach((format, reference) -> {
            Bound entry = bound.get(reference);
            chosen.put(format, entry.exporter());
            chosenVersions.put(entry.exporter(), entry.version());
        });
        versions = chosenVersions;
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
        DocumentCache.Key key = cache.enabled() ? new DocumentCache.Key(exporter, digest.of(plan)) : null;
        byte[] document = key == null ? null : cache.get(key);
        if (document == null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            exporter.export(plan, out);
            document = out.toByteArray();
            if (key != null) {
                cache.put(key, document);
            }
        }
        return document;
    }

    /**
     * A digest of the plan's canonical JSON, the format and the serving exporter's class and bundle
     * (name, version, last update): the same tag, the same bytes, without rendering them.
     */
    @Override
    public String entityTag(Plan plan, String format) {
        DocumentExporter exporter = exporter(format).orElseThrow(() -> unknown(format));
        String version = versions.getOrDefault(exporter, exporter.getClass().getName());
        return PlanDigest.sha256((exporter.format() + "\n" + version + "\n" + digest.of(plan))
                .getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    /** How many documents the cache holds, for tests. */
    int cached() {
        return cache.size();
    }

    private UnknownFormatException unknown(String format) {
        return new UnknownFormatException(format, formats());
    }
}
