package vn.thidua.itests;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;

/**
 * Pack bundles as an administrator would receive them: the jar of an installed pack bundle, rebuilt
 * entry by entry with its descriptors edited (a new version, a new period, a defect), written to a
 * file to be installed or updated from a {@code file:} URL.
 */
final class PackJars {

    private PackJars() {
    }

    /** The text of a descriptor in an installed pack bundle. */
    static String descriptor(Bundle pack, String path) throws IOException {
        URL entry = pack.getEntry(path);
        if (entry == null) {
            throw new AssertionError(pack.getSymbolicName() + " has no " + path);
        }
        try (InputStream in = entry.openStream()) {
            return new String(in.readAllBytes(), UTF_8);
        }
    }

    /**
     * Writes a copy of the pack bundle's jar to {@code target} with its descriptor {@code descriptor}
     * passed through {@code edit}, and {@code bundleVersion} as its Bundle-Version when not null (so
     * that it can be installed beside the original). The bundle's other descriptors are kept as they
     * are in a copy that replaces the original (the province's pack of another period stays), and left
     * out of a copy installed beside it (the registry would refuse a second copy of a loaded pack).
     */
    static Path repack(Bundle pack, Path target, String descriptor, UnaryOperator<String> edit, String bundleVersion)
            throws IOException {
        Manifest manifest;
        try (InputStream in = pack.getEntry("META-INF/MANIFEST.MF").openStream()) {
            manifest = new Manifest(in);
        }
        if (bundleVersion != null) {
            manifest.getMainAttributes().put(new Attributes.Name("Bundle-Version"), bundleVersion);
        }
        List<URL> entries = new ArrayList<>(Collections.list(pack.findEntries("/", "*", true)));
        entries.sort((a, b) -> a.getPath().compareTo(b.getPath()));
        try (OutputStream file = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(file, manifest)) {
            for (URL entry : entries) {
                String name = entry.getPath().substring(1);
                if (name.endsWith("/") || name.equals("META-INF/MANIFEST.MF")) {
                    continue;
                }
                byte[] bytes;
                try (InputStream in = entry.openStream()) {
                    bytes = in.readAllBytes();
                }
                if (name.equals(descriptor)) {
                    bytes = edit.apply(new String(bytes, UTF_8)).getBytes(UTF_8);
                } else if (name.startsWith("rulepacks/") && bundleVersion != null) {
                    continue;
                }
                jar.putNextEntry(new JarEntry(name));
                jar.write(bytes);
                jar.closeEntry();
            }
        }
        return target;
    }

    /** Replaces exactly one occurrence of {@code from}, so that an edit that no longer applies fails loudly. */
    static UnaryOperator<String> replacing(String from, String to) {
        return text -> {
            int at = text.indexOf(from);
            if (at < 0 || text.indexOf(from, at + 1) >= 0) {
                throw new AssertionError("the descriptor does not contain exactly one '" + from + "'");
            }
            return text.replace(from, to);
        };
    }
}
