package vn.thidua.rules.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Which pack stays in force when a source's new descriptor is refused. Only the pack in force from
 * that same source at that moment does; or, while the source is being replaced in place (a pack
 * bundle's {@code bundle:update} stops it, then starts its new content), the pack it had just
 * before. A source that was removed (a file deleted, a bundle stopped or uninstalled) has no pack to
 * keep: what it had never comes back, whatever is dropped at the same place later.
 *
 * <p>Not thread-safe: {@link PackCatalog} serialises its changes.
 */
final class SourceHistory {

    /** The packs of sources stopped for a replacement, until their next descriptor. */
    private final Map<String, LoadedPack> replacing = new HashMap<>();

    /**
     * The pack to keep in force if the source's new descriptor is refused, and the end of any
     * replacement of it: the next descriptor, loaded or refused, settles the source.
     *
     * @param current the pack the source has in force now, if any
     */
    LoadedPack standIn(String source, LoadedPack current) {
        LoadedPack before = replacing.remove(source);
        return current != null ? current : before;
    }

    /** The source is gone: for good, or for a replacement of its content in place. */
    void gone(String source, LoadedPack loaded, boolean forReplacement) {
        if (forReplacement && loaded != null) {
            replacing.put(source, loaded);
        } else {
            replacing.remove(source);
        }
    }
}
