package vn.thidua.rules.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import vn.thidua.rules.PackState;
import vn.thidua.rules.RulePackInfo;

/**
 * The descriptors of the three pack modules, found on the test classpath under {@code rulepacks/}
 * as the extender finds them in the bundles, loaded into a catalog.
 */
final class ShippedPacks {

    private ShippedPacks() {
    }

    static List<URL> descriptors() {
        List<URL> found = new ArrayList<>();
        try {
            for (URL folder : Collections.list(ShippedPacks.class.getClassLoader().getResources(PackExtender.FOLDER))) {
                if ("jar".equals(folder.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) folder.openConnection();
                    try (JarFile jar = connection.getJarFile()) {
                        jar.stream().filter(e -> e.getName().startsWith(PackExtender.FOLDER + "/") && !e.isDirectory())
                                .forEach(e -> found.add(url("jar:" + connection.getJarFileURL() + "!/" + e.getName())));
                    }
                } else {
                    try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                        files.forEach(f -> found.add(url(f.toUri().toString())));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        found.sort((a, b) -> name(a).compareTo(name(b)));
        return found;
    }

    /** A catalog holding every shipped pack; fails if one is refused. */
    static PackCatalog catalog() {
        PackCatalog catalog = new PackCatalog();
        PackLoader loader = new PackLoader();
        for (URL descriptor : descriptors()) {
            PackLoader.Outcome outcome = loader.load(descriptor, name(descriptor), -1);
            if (outcome.pack() == null) {
                throw new AssertionError("shipped pack refused: " + outcome.refused().refusal());
            }
            catalog.put("test:" + name(descriptor), outcome);
        }
        List<RulePackInfo> refused = catalog.packs().stream().filter(p -> p.state() == PackState.REFUSED).toList();
        if (!refused.isEmpty()) {
            throw new AssertionError("refused: " + refused);
        }
        return catalog;
    }

    static String name(URL url) {
        String path = url.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static URL url(String text) {
        try {
            return new URL(text);
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
