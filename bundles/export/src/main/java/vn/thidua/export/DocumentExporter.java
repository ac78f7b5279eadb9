package vn.thidua.export;

import java.io.IOException;
import java.io.OutputStream;

import org.osgi.annotation.versioning.ConsumerType;

import vn.thidua.plan.Plan;

/**
 * Writes a plan as a document of one format. Implementations are OSGi services with the service
 * property {@value #FORMAT_PROPERTY} set to {@link #format()}; a new format is a new bundle.
 * {@link DocumentExports} reads the format from that property (an exporter whose property is
 * missing or names another format than {@link #format()} is ignored). Of several exporters of one
 * format, the one with the highest {@code service.ranking} (then the lowest {@code service.id})
 * serves it, and the next one takes over when it goes.
 *
 * <p>The same plan must give the same bytes: no generation time, fixed zip entry times and order.
 */
@ConsumerType
public interface DocumentExporter {

    /** The service property that carries {@link #format()}. */
    String FORMAT_PROPERTY = "thidua.export.format";

    /** The short name of the format: {@code docx}, {@code pdf}, {@code html}, {@code md}, {@code ics}. */
    String format();

    /** The media type of what {@link #export} writes, with its charset for text formats. */
    String mediaType();

    /** The file name extension, without the dot. */
    String fileExtension();

    /** Writes the document; the stream is not closed. */
    void export(Plan plan, OutputStream out) throws IOException;
}
