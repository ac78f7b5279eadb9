package vn.thidua.importer.internal.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import vn.thidua.importer.DocumentTooLargeException;
import vn.thidua.importer.UnreadableDocumentException;

/**
 * The parts of a zip package a reader needs, read with the zip-bomb guards of {@link ReadLimits}:
 * the number of entries, the bytes they expand to (counted while inflating, never trusting the
 * sizes the archive declares) and the ratio of expanded to compressed size.
 */
final class ZipParts {

    private ZipParts() {
    }

    static Map<String, byte[]> read(byte[] zip, Set<String> wanted, ReadLimits limits) {
        Map<String, byte[]> parts = new HashMap<>();
        long expanded = 0;
        int entries = 0;
        long ratioLimit = Math.max((long) zip.length * limits.maxCompressionRatio(), 1L << 20);
        byte[] buffer = new byte[8192];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > limits.maxZipEntries()) {
                    throw new DocumentTooLargeException("the document has more than " + limits.maxZipEntries()
                            + " parts (a zip bomb?)");
                }
                boolean keep = wanted.contains(entry.getName());
                ByteArrayOutputStream out = keep ? new ByteArrayOutputStream() : null;
                int n;
                while ((n = read(in, buffer)) > 0) {
                    expanded += n;
                    if (expanded > limits.maxUncompressedBytes()) {
                        throw new DocumentTooLargeException("the document expands to more than "
                                + limits.maxUncompressedBytes() + " bytes (a zip bomb?)");
                    }
                    if (expanded > ratioLimit) {
                        throw new DocumentTooLargeException("the document expands more than "
                                + limits.maxCompressionRatio() + " times its size (a zip bomb?)");
                    }
                    if (keep) {
                        out.write(buffer, 0, n);
                    }
                }
                if (keep) {
                    parts.put(entry.getName(), out.toByteArray());
                }
            }
        } catch (ZipException e) {
            throw corrupt("the document is not a readable zip package: " + e.getMessage(), e);
        } catch (IOException e) {
            throw corrupt("the document is truncated or corrupt: " + e.getMessage(), e);
        }
        if (entries == 0) {
            throw corrupt("the document is not a zip package (a .docx is one)", null);
        }
        return parts;
    }

    private static int read(InputStream in, byte[] buffer) throws IOException {
        return in.read(buffer);
    }

    private static UnreadableDocumentException corrupt(String message, Throwable cause) {
        return new UnreadableDocumentException(UnreadableDocumentException.Reason.CORRUPT, message, cause);
    }
}
