package vn.thidua.rules.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;

import vn.thidua.plan.Plan;
import vn.thidua.rules.RulePack;

/**
 * The descriptors of the pack modules on the benchmark's classpath (their jars' {@code rulepacks/}
 * folders, as the extender finds them in the bundles), loaded into a catalog as the registry does.
 * In the engine's package because the loader and the catalog are not API: outside OSGi the package
 * is shared with the rules jar on the classpath.
 */
public final class ShippedCatalog {

    private final PackCatalog catalog = new PackCatalog();

    public ShippedCatalog() {
        PackLoader loader = new PackLoader();
        for (URL descriptor : descriptors()) {
            String name = descriptor.getPath().substring(descriptor.getPath().lastIndexOf('/') + 1);
            PackLoader.Outcome outcome = loader.load(descriptor, name, -1);
            if (outcome.pack() == null) {
                throw new IllegalStateException("shipped pack refused: " + outcome.refused().refusal());
            }
            catalog.put("bench:" + name, outcome);
        }
    }

    /** The pack in force for the plan, as {@code POST /plans/validation} picks it. */
    public RulePack inForce(Plan plan) {
        return catalog.inForce(plan.province().code(), PlanDates.dateOf(plan))
                .orElseThrow(() -> new IllegalStateException("no pack in force for " + plan.province().code()));
    }

    private static List<URL> descriptors() {
        List<URL> found = new ArrayList<>();
        try {
            for (URL folder : Collections.list(ShippedCatalog.class.getClassLoader().getResources(PackExtender.FOLDER))) {
                if (!"jar".equals(folder.getProtocol())) {
                    continue;
                }
                JarURLConnection connection = (JarURLConnection) folder.openConnection();
                try (JarFile jar = connection.getJarFile()) {
                    jar.stream().filter(e -> e.getName().startsWith(PackExtender.FOLDER + "/") && !e.isDirectory())
                            .forEach(e -> found.add(url("jar:" + connection.getJarFileURL() + "!/" + e.getName())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort((a, b) -> a.toString().compareTo(b.toString()));
        return found;
    }

    private static URL url(String text) {
        try {
            return new URL(text);
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
