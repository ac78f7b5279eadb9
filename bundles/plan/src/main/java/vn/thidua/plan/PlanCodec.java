package vn.thidua.plan;

import java.io.InputStream;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads and writes plans as JSON, renders them in reading order and publishes their JSON Schema.
 *
 * <p>Registered as an OSGi service by the plan bundle. Every string read is normalised to
 * Unicode NFC; every write of the same plan gives the same bytes.
 */
@ProviderType
public interface PlanCodec {

    /** Reads one plan from UTF-8 JSON; the stream is not closed. */
    Plan read(InputStream json);

    /** Reads one plan from JSON text. */
    Plan read(String json);

    /** Writes the plan as canonical, pretty-printed JSON (stable property order, NFC). */
    String write(Plan plan);

    /** The plan as plain text in the order of the original document, one line per paragraph, each ending in {@code \n}. */
    String readingOrder(Plan plan);

    /** The JSON Schema (draft 2020-12) a plan document conforms to. */
    String schema();
}
