package vn.thidua.plan.store.jpa.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * The migration scripts, listed from this bundle's own entries. Flyway's OSGi scanner lists them
 * through Flyway's own bundle context, which a bundle only has once started: when the store starts
 * before Flyway has (a refresh restarts both, in no set order) the scanner finds no script at all, and
 * the store refused its own database as "newer than it knows". Listing the entries ourselves does not
 * depend on Flyway's state.
 */
final class BundleMigrations implements ResourceProvider {

    private final Function<String, List<URL>> entries;
    private final List<String> folders;

    /**
     * @param entries the files of a folder of the bundle ({@code Bundle.findEntries(folder, "*", false)})
     * @param folders the folders of the scripts, without leading slash ({@code db/thidua})
     */
    BundleMigrations(Function<String, List<URL>> entries, List<String> folders) {
        this.entries = entries;
        this.folders = List.copyOf(folders);
    }

    @Override
    public LoadableResource getResource(String name) {
        for (String folder : folders) {
            for (URL file : entries.apply(folder)) {
                Script script = new Script(folder, file);
                if (script.getAbsolutePath().equals(name) || script.getFilename().equals(name)) {
                    return script;
                }
            }
        }
        return null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> found = new ArrayList<>();
        for (String folder : folders) {
            for (URL file : entries.apply(folder)) {
                Script script = new Script(folder, file);
                String name = script.getFilename();
                if (name.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(name::endsWith)) {
                    found.add(script);
                }
            }
        }
        return found;
    }

    /** One script, named as Flyway's own class-path scanner names it (relative to its folder). */
    private static final class Script extends LoadableResource {

        private final String folder;
        private final URL file;
        private final String name;

        Script(String folder, URL file) {
            this.folder = folder;
            this.file = file;
            this.name = file.getPath().substring(file.getPath().lastIndexOf('/') + 1);
        }

        @Override
        public Reader read() {
            try {
                return new InputStreamReader(file.openStream(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the migration " + getAbsolutePath(), e);
            }
        }

        @Override
        public String getAbsolutePath() {
            return folder + "/" + name;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return file.toString();
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }
}
