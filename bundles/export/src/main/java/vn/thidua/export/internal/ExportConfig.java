package vn.thidua.export.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The configuration of the export registry, {@code etc/vn.thidua.export.internal.ExporterRegistry.cfg}. */
@ObjectClassDefinition(name = "Thi Đua document export", description = "The registry of document exporters and its cache")
public @interface ExportConfig {

    /** {@code cache.bytes}: the bytes of rendered documents kept; 0 keeps none. */
    @AttributeDefinition(name = "cache.bytes", description = "Bytes of rendered documents kept, least recently used out first;"
            + " 0 keeps none; at most " + ExporterRegistry.MAX_CACHE_BYTES, min = "0", max = "" + ExporterRegistry.MAX_CACHE_BYTES)
    long cache_bytes() default ExporterRegistry.DEFAULT_CACHE_BYTES;
}
