package vn.thidua.rules.internal;

import java.net.URL;
import java.util.List;

/**
 * Where the extender and the folder watcher report the descriptors they find and lose. A source is
 * one descriptor: {@code bundle:<id>:<path>} or {@code file:<absolute path>}.
 */
public interface PackSink {

    /** Loads (or reloads) the descriptor of a source; an invalid one is refused, and logged with its reason. */
    void load(String source, URL descriptor, String origin, long bundleId);

    /** The source is gone; its pack is no longer in force, and never comes back by itself. */
    void unload(String source);

    /**
     * The source is gone while its content is replaced in place (its bundle is being updated): its
     * pack is no longer in force, but stays in force if the next descriptor of the source is refused.
     */
    void suspend(String source);

    /** The sources known whose key starts with the prefix. */
    List<String> sources(String prefix);
}
