package vn.thidua.export;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import vn.thidua.plan.Plan;

/** The exporters installed at the moment of the call, and what every caller needs around them. */
@ProviderType
public interface DocumentExports {

    /** The formats installed, sorted. */
    List<String> formats();

    Optional<DocumentExporter> exporter(String format);

    /** The exporter whose media type (without parameters) is {@code mediaType}. */
    Optional<DocumentExporter> exporterFor(String mediaType);

    /**
     * The file name for the plan in that format, built from its number and year, ASCII only
     * ({@code KH-08-KH-KCN-2024.docx}), so that it is safe in a Content-Disposition header and on any disk.
     */
    String fileName(Plan plan, String format);

    /** The plan as a document of that format. */
    byte[] export(Plan plan, String format) throws UnknownFormatException, IOException;
}
