package vn.thidua.rules.internal;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a folder for pack descriptors dropped in by an administrator: a new or changed file is
 * loaded (or refused) within the settle time, a deleted one unloaded. Files in the folder are read
 * at start, so packs dropped while the platform was down are in force when it is up.
 */
@Component(configurationPid = "vn.thidua.rules.folder", immediate = true)
@Designate(ocd = FolderConfig.class)
public final class PackFolderWatcher {

    private final Logger log = LoggerFactory.getLogger(PackFolderWatcher.class);
    private final PackSink sink;
    private final Path folder;
    private final long settleMillis;
    private final WatchService watcher;
    private final Thread thread;

    @Activate
    public PackFolderWatcher(@Reference PackSink sink, FolderConfig config) throws IOException {
        this.sink = sink;
        this.folder = folder(config.directory());
        this.settleMillis = Math.max(0, config.settleMillis());
        Files.createDirectories(folder);
        watcher = folder.getFileSystem().newWatchService();
        folder.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                refresh(file);
            }
        }
        thread = new Thread(this::watch, "thidua rule-pack folder " + folder);
        thread.setDaemon(true);
        thread.start();
        log.info("Watching {} for rule-pack files", folder);
    }

    @Deactivate
    void deactivate() throws IOException, InterruptedException {
        watcher.close();
        thread.join(TimeUnit.SECONDS.toMillis(5));
        for (String source : sink.sources("file:" + folder + "/")) {
            sink.unload(source);
        }
    }

    static Path folder(String directory) {
        Path given = Path.of(directory);
        if (given.isAbsolute()) {
            return given.normalize();
        }
        String base = System.getProperty("karaf.base");
        return Path.of(base == null || base.isEmpty() ? System.getProperty("user.dir") : base).resolve(given)
                .toAbsolutePath().normalize();
    }

    private void watch() {
        try {
            while (true) {
                Set<Path> changed = new TreeSet<>();
                WatchKey key = watcher.take();
                // Gather every event until the folder has been quiet for the settle time.
                while (key != null) {
                    boolean overflow = collect(key, changed);
                    if (overflow) {
                        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
                            files.forEach(changed::add);
                        }
                        sink.sources("file:" + folder + "/").forEach(s -> changed.add(Path.of(s.substring(5))));
                    }
                    key.reset();
                    key = watcher.poll(settleMillis, TimeUnit.MILLISECONDS);
                }
                changed.forEach(this::refresh);
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // deactivated
        } catch (IOException e) {
            log.error("The rule-pack folder {} can no longer be read; dropped files are not watched", folder, e);
        }
    }

    private boolean collect(WatchKey key, Set<Path> changed) {
        boolean overflow = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                overflow = true;
            } else {
                changed.add(folder.resolve((Path) event.context()));
            }
        }
        return overflow;
    }

    private void refresh(Path file) {
        String name = file.getFileName().toString();
        if (!(name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json")) || name.startsWith(".")) {
            return;
        }
        String source = "file:" + file;
        synchronized (FolderLocks.of(folder)) { // the files service writes and removes under the same lock
            if (Files.isRegularFile(file)) {
                try {
                    sink.load(source, file.toUri().toURL(), file.toString(), -1);
                } catch (MalformedURLException e) {
                    log.warn("Cannot name the rule-pack file {}", file, e);
                }
            } else {
                sink.unload(source);
            }
        }
    }
}
