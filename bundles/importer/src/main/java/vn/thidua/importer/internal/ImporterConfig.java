package vn.thidua.importer.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Limits of the importer, in {@code etc/vn.thidua.importer.cfg}. */
@ObjectClassDefinition(name = "Thi Đua plan importer", description = "Limits on the documents the importer reads")
public @interface ImporterConfig {

    @AttributeDefinition(description = "The largest document accepted, in bytes (20 MiB)")
    long maxBytes() default 20L << 20;

    @AttributeDefinition(description = "The most zip entries a .docx may have")
    int maxZipEntries() default 2_000;

    @AttributeDefinition(description = "The most bytes a .docx may expand to, all entries together (100 MiB)")
    long maxUncompressedBytes() default 100L << 20;

    @AttributeDefinition(description = "The largest ratio of expanded to compressed size of a .docx")
    int maxCompressionRatio() default 200;
}
