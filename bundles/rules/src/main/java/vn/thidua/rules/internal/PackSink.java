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

    /** The source is gone; its pack is no longer in force. */
    void unload(String source);

    /** The sources known whose key starts with the prefix. */
    List<String> sources(String prefix);
}
