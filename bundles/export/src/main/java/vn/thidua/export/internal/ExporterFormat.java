package vn.thidua.export.internal;

import java.util.Locale;
import java.util.Optional;

import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.thidua.export.DocumentExporter;

/**
 * The format an exporter service serves: its {@value DocumentExporter#FORMAT_PROPERTY} property,
 * which must name the same format as its {@link DocumentExporter#format()} (case and surrounding
 * blanks aside), so that a format name means one thing to every caller.
 */
final class ExporterFormat {

    private static final Logger LOG = LoggerFactory.getLogger(ExporterFormat.class);

    private ExporterFormat() {
    }

    /** The format key of the service, or empty (logged) when its property is missing, blank or disagrees. */
    static Optional<String> of(ServiceReference<DocumentExporter> reference, DocumentExporter exporter) {
        Object property = reference.getProperty(DocumentExporter.FORMAT_PROPERTY);
        if (!(property instanceof String text) || text.isBlank()) {
            LOG.warn("Exporter {} (service {}) ignored: its property {} must be a format name, was {}", exporter,
                    reference.getProperty(Constants.SERVICE_ID), DocumentExporter.FORMAT_PROPERTY, property);
            return Optional.empty();
        }
        String format = key(text);
        String own = exporter.format();
        if (own == null || !key(own).equals(format)) {
            LOG.warn("Exporter {} (service {}) ignored: its property {}={} disagrees with its format() '{}'", exporter,
                    reference.getProperty(Constants.SERVICE_ID), DocumentExporter.FORMAT_PROPERTY, text, own);
            return Optional.empty();
        }
        return Optional.of(format);
    }

    /** Formats are compared without case and surrounding blanks. */
    static String key(String format) {
        return format.strip().toLowerCase(Locale.ROOT);
    }
}
