package vn.thidua.rest.internal.security;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;

/**
 * Changes of one file, through a watch on its folder: in-place saves (Karaf's writers) show as
 * modifications, replacements (ours, and editors that save by renaming) as creations. Each wait is
 * bounded; {@link #close()} from another thread ends a wait with
 * {@link java.nio.file.ClosedWatchServiceException}.
 */
final class UsersFileWatch implements Closeable {

    private final WatchService watch;
    private final Path name;

    UsersFileWatch(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        this.name = absolute.getFileName();
        this.watch = FileSystems.getDefault().newWatchService();
        try {
            absolute.getParent().register(watch, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
        } catch (IOException | RuntimeException e) {
            watch.close();
            throw e;
        }
    }

    /** Whether the file changed since the last look, without waiting. */
    boolean changed() {
        boolean changed = false;
        for (WatchKey key = watch.poll(); key != null; key = watch.poll()) {
            changed |= concernsTheFile(key);
        }
        return changed;
    }

    /** Waits until the file changes or the deadline ({@link System#nanoTime()}) passes; true when it changed. */
    boolean awaitChange(long deadline) throws InterruptedException {
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            WatchKey key = watch.poll(left, TimeUnit.NANOSECONDS);
            if (key != null && concernsTheFile(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Waits until the file has not changed for {@code quietNanos}, or the deadline passes; true
     * when it was quiet that long.
     */
    boolean awaitQuiet(long quietNanos, long deadline) throws InterruptedException {
        while (true) {
            long quietUntil = System.nanoTime() + quietNanos;
            boolean beyondDeadline = quietUntil - deadline > 0;
            boolean changed = awaitChange(beyondDeadline ? deadline : quietUntil);
            if (!changed || beyondDeadline) {
                return !changed && !beyondDeadline;
            }
        }
    }

    private boolean concernsTheFile(WatchKey key) {
        boolean concerns = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            concerns |= event.kind() == OVERFLOW || name.equals(event.context());
        }
        key.reset();
        return concerns;
    }

    @Override
    public void close() throws IOException {
        watch.close();
    }
}
