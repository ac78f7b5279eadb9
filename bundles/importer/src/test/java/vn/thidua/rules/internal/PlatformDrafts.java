package vn.thidua.rules.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import vn.thidua.plan.IssuerKind;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanKind;

/**
 * Drafts as {@code POST /api/v1/plans/drafts} makes them, outside OSGi: the pack descriptors found on
 * the test classpath under {@code rulepacks/} (as the extender finds them in the pack bundles) loaded
 * into the rules module's catalog, and the draft asked of the pack that catalog chooses. In the rules
 * module's package because the loader and the catalog are not exported; test only.
 */
public final class PlatformDrafts {

    private static final PackCatalog CATALOG = load();

    private PlatformDrafts() {
    }

    /** The draft the REST resource stores for this province and year (issuer BOARD, kind YEARLY by default). */
    public static Plan draft(String province, IssuerKind issuer, PlanKind kind, int year) {
        return CATALOG.forDraft(province, issuer, kind, year)
                .orElseThrow(() -> new IllegalArgumentException("no pack drafts " + province + " " + issuer + " " + kind + " " + year))
                .draft(kind, year);
    }

    private static PackCatalog load() {
        PackCatalog catalog = new PackCatalog();
        PackLoader loader = new PackLoader();
        try {
            for (URL folder : Collections.list(PlatformDrafts.class.getClassLoader().getResources(PackExtender.FOLDER))) {
                if ("jar".equals(folder.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) folder.openConnection();
                    try (JarFile jar = connection.getJarFile()) {
                        for (var entry : Collections.list(jar.entries())) {
                            if (entry.getName().startsWith(PackExtender.FOLDER + "/") && !entry.isDirectory()) {
                                put(catalog, loader, new URL("jar:" + connection.getJarFileURL() + "!/" + entry.getName()));
                            }
                        }
                    }
                } else {
                    try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                        for (Path file : files.sorted().toList()) {
                            put(catalog, loader, file.toUri().toURL());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return catalog;
    }

    private static void put(PackCatalog catalog, PackLoader loader, URL descriptor) {
        String name = descriptor.getPath().substring(descriptor.getPath().lastIndexOf('/') + 1);
        PackLoader.Outcome outcome = loader.load(descriptor, name, -1);
        if (outcome.pack() == null) {
            throw new IllegalStateException("shipped pack refused: " + name + ": " + outcome.refused().refusal());
        }
        catalog.put("test:" + name, outcome);
    }
}
