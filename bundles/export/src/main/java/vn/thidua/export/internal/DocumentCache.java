package vn.thidua.export.internal;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.thidua.export.DocumentExporter;

/**
 * Documents already rendered, by the exporter instance that rendered them and the digest of the plan's
 * canonical JSON ({@link PlanDigest}). Exporters are deterministic (the same plan gives the same bytes,
 * {@link DocumentExporter}), so a document found here is the one a new rendering would write. An updated
 * exporter bundle is a new exporter instance: its documents are rendered anew, and the old ones are
 * dropped when their exporter goes ({@link #forget}). Bounded by the bytes it holds, least recently used
 * out first; a bound of 0 holds nothing.
 */
final class DocumentCache {

    record Key(DocumentExporter exporter, String planDigest) {

        /** The exporter by identity: two instances of one class may be configured differently. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.exporter == exporter && key.planDigest.equals(planDigest);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(exporter) * 31 + planDigest.hashCode();
        }
    }

    private final long maxBytes;
    private final Map<Key, byte[]> documents = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    DocumentCache(long maxBytes) {
        this.maxBytes = Math.max(0, maxBytes);
    }

    boolean enabled() {
        return maxBytes > 0;
    }

    /** A copy of the document, or null: callers may write into what they get. */
    synchronized byte[] get(Key key) {
        byte[] document = documents.get(key);
        return document == null ? null : document.clone();
    }

    /** Keeps a copy; a document larger than the whole bound is not kept. */
    synchronized void put(Key key, byte[] document) {
        if (document.length > maxBytes) {
            return;
        }
        byte[] previous = documents.put(key, document.clone());
        bytes += document.length - (previous == null ? 0 : previous.length);
        Iterator<byte[]> oldest = documents.values().iterator();
        while (bytes > maxBytes && oldest.hasNext()) {
            bytes -= oldest.next().length;
            oldest.remove();
        }
    }

    /** Drops every document of an exporter that is no longer bound. */
    synchronized void forget(DocumentExporter exporter) {
        Iterator<Map.Entry<Key, byte[]>> entries = documents.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<Key, byte[]> entry = entries.next();
            if (entry.getKey().exporter == exporter) {
                bytes -= entry.getValue().length;
                entries.remove();
            }
        }
    }

    synchronized int size() {
        return documents.size();
    }

    synchronized long bytes() {
        return bytes;
    }
}
