package vn.thidua.export;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

    /**
     * A strong entity tag (without its quotes) of the document {@link #export} gives for the plan in
     * that format: equal tags, equal bytes. This default renders the document to hash it; the
     * registry's tags are computed from the plan and the exporter without rendering.
     */
    default String entityTag(Plan plan, String format) throws UnknownFormatException, IOException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(export(plan, format));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
