package vn.thidua.rules.internal;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.thidua.plan.IssuerKind;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanKind;
import vn.thidua.rules.RulePack;
import vn.thidua.rules.RulePackInfo;
import vn.thidua.rules.RulePackRegistry;
import vn.thidua.rules.ValidationReport;

/**
 * A registry over a catalog, fed as the registry component feeds it (it is its own {@link PackSink}), for the tests
 * of what reads packs (templates, scaffolds, the pack folder) without a framework. It answers what the catalog
 * holds and nothing else: validating and drafting are the registry component's and are not offered here.
 */
final class CatalogRegistry implements RulePackRegistry, PackSink {

    final PackCatalog catalog;
    private final PackLoader loader = new PackLoader();

    /** The shipped packs. */
    CatalogRegistry() {
        this(ShippedPacks.catalog());
    }

    CatalogRegistry(PackCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void load(String source, URL descriptor, String origin, long bundleId) {
        catalog.put(source, loader.load(descriptor, origin, bundleId));
    }

    @Override
    public void unload(String source) {
        catalog.remove(source, false);
    }

    @Override
    public void suspend(String source) {
        catalog.remove(source, true);
    }

    @Override
    public List<String> sources(String prefix) {
        return catalog.sources(prefix);
    }

    @Override
    public List<RulePackInfo> packs() {
        return catalog.packs();
    }

    @Override
    public Optional<RulePack> pack(String id) {
        return catalog.pack(id);
    }

    @Override
    public Optional<RulePack> inForce(String provinceCode, LocalDate date) {
        return catalog.inForce(provinceCode, date);
    }

    @Override
    public Optional<RulePack> inForce(String provinceCode, IssuerKind issuer, PlanKind kind, LocalDate date) {
        return catalog.inForce(provinceCode, issuer, kind, date);
    }

    @Override
    public LocalDate dateOf(Plan plan) {
        return PlanDates.dateOf(plan);
    }

    @Override
    public ValidationReport validate(Plan plan) {
        throw new UnsupportedOperationException("validating is the registry component's");
    }

    @Override
    public Plan draft(String provinceCode, int year) {
        throw new UnsupportedOperationException("drafting is the registry component's");
    }
}
