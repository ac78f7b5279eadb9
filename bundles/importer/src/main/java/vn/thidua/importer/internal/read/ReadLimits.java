package vn.thidua.importer.internal.read;

/**
 * What a reader accepts before it refuses a document, so that memory stays bounded.
 *
 * @param maxBytes the largest file
 * @param maxZipEntries the most entries a DOCX may have
 * @param maxUncompressedBytes the most bytes a DOCX's entries may expand to, all together
 * @param maxCompressionRatio the largest ratio of expanded to compressed size (a zip bomb's is in the thousands)
 */
public record ReadLimits(long maxBytes, int maxZipEntries, long maxUncompressedBytes, int maxCompressionRatio) {

    public static final ReadLimits DEFAULTS = new ReadLimits(20L << 20, 2_000, 100L << 20, 200);

    public ReadLimits {
        if (maxBytes <= 0 || maxZipEntries <= 0 || maxUncompressedBytes <= 0 || maxCompressionRatio <= 0) {
            throw new IllegalArgumentException("every limit must be positive");
        }
    }
}
