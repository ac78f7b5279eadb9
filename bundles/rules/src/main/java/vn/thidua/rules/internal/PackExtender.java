package vn.thidua.rules.internal;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.util.tracker.BundleTracker;

/**
 * The rule-pack extender: tracks active bundles whose {@code osgi.extender} requirement is wired to
 * this bundle's {@code vn.thidua.rulepack} capability, and hands each descriptor under their
 * {@code rulepacks/} folder ({@code *.yaml}, {@code *.yml}, {@code *.json}) to the registry. A pack
 * bundle that stops, is updated or uninstalled takes its packs with it.
 */
final class PackExtender extends BundleTracker<List<String>> {

    static final String EXTENDER = "vn.thidua.rulepack";
    static final String FOLDER = "rulepacks";

    private final BundleContext context;
    private final PackSink sink;

    PackExtender(BundleContext context, PackSink sink) {
        super(context, Bundle.ACTIVE, null);
        this.context = context;
        this.sink = sink;
    }

    @Override
    public List<String> addingBundle(Bundle bundle, BundleEvent event) {
        if (!wiredToUs(bundle)) {
            return null;
        }
        List<String> sources = new ArrayList<>();
        for (URL entry : descriptors(bundle)) {
            String path = entry.getPath().startsWith("/") ? entry.getPath().substring(1) : entry.getPath();
            String source = "bundle:" + bundle.getBundleId() + ":" + path;
            sink.load(source, entry, bundle.getSymbolicName() + " " + bundle.getVersion() + " " + path, bundle.getBundleId());
            sources.add(source);
        }
        return sources;
    }

    /**
     * A bundle still marked to be started is stopped for a moment ({@code bundle:update} stops it
     * transiently, then starts its new content; so does a refresh): its packs may stand in if the new
     * content is refused. One stopped for good ({@code bundle:stop}, uninstall) takes them away.
     */
    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, List<String> sources) {
        boolean forReplacement = persistentlyStarted(bundle);
        for (String source : sources) {
            if (forReplacement) {
                sink.suspend(source);
            } else {
                sink.unload(source);
            }
        }
    }

    private static boolean persistentlyStarted(Bundle bundle) {
        BundleStartLevel level = bundle.getState() == Bundle.UNINSTALLED ? null : bundle.adapt(BundleStartLevel.class);
        return level != null && level.isPersistentlyStarted();
    }

    private boolean wiredToUs(Bundle bundle) {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (wiring == null) {
            return false;
        }
        for (BundleWire wire : wiring.getRequiredWires("osgi.extender")) {
            if (wire.getProvider().getBundle().equals(context.getBundle())
                    && EXTENDER.equals(wire.getCapability().getAttributes().get("osgi.extender"))) {
                return true;
            }
        }
        return false;
    }

    private static List<URL> descriptors(Bundle bundle) {
        List<URL> found = new ArrayList<>();
        for (String pattern : new String[] {"*.yaml", "*.yml", "*.json"}) {
            Enumeration<URL> entries = bundle.findEntries(FOLDER, pattern, false);
            if (entries != null) {
                found.addAll(Collections.list(entries));
            }
        }
        found.sort((a, b) -> a.getPath().compareTo(b.getPath()));
        return found;
    }
}
