package vn.thidua.rules.internal;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One lock per watched folder, shared by its watcher and the files service: a file's state is read and
 * loaded (or unloaded) under it, and written (or deleted) and loaded under it, so the watcher can never
 * load what a removal has just taken away (a read begun before the delete, finished after it).
 */
final class FolderLocks {

    private static final ConcurrentMap<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private FolderLocks() {
    }

    static Object of(Path folder) {
        return LOCKS.computeIfAbsent(folder.toAbsolutePath().normalize(), f -> new Object());
    }
}
