package vn.thidua.rules.internal;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.thidua.plan.IssuerKind;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanKind;
import vn.thidua.rules.IssuerKinds;
import vn.thidua.rules.NoRulePackException;
import vn.thidua.rules.RulePack;
import vn.thidua.rules.RulePackInfo;
import vn.thidua.rules.RulePackListener;
import vn.thidua.rules.RulePackRegistry;
import vn.thidua.rules.ValidationReport;

/**
 * The registry service, and the extender that feeds it from pack bundles. Consumers keep the same
 * service object however packs come and go: every answer reads the catalog's current snapshot.
 */
@Component(service = {RulePackRegistry.class, PackSink.class}, immediate = true,
        configurationPid = "vn.thidua.rules.registry")
@Designate(ocd = RegistryConfig.class)
public final class RulePackRegistryComponent implements RulePackRegistry, PackSink {

    private final Logger log = LoggerFactory.getLogger(RulePackRegistryComponent.class);
    private final PackCatalog catalog = new PackCatalog();
    private final PackLimits limits = new PackLimits();
    private final PackLoader loader = new PackLoader(limits);
    private final List<RulePackListener> listeners = new CopyOnWriteArrayList<>();
    private final PackExtender extender;

    @Activate
    public RulePackRegistryComponent(BundleContext context, RegistryConfig config) {
        modified(config);
        extender = new PackExtender(context, this);
        extender.open();
    }

    /** New limits apply to the next load and validation; the packs in force stay. */
    @Modified
    void modified(RegistryConfig config) {
        limits.set(config.validationMillis(), config.maxPackBytes());
    }

    @Deactivate
    void deactivate() {
        extender.close();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addListener(RulePackListener listener) {
        listeners.add(listener);
    }

    void removeListener(RulePackListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void load(String source, URL descriptor, String origin, long bundleId) {
        PackLoader.Outcome outcome = loader.load(descriptor, origin, bundleId);
        Optional<RulePackInfo> refused = catalog.put(source, outcome);
        if (refused.isPresent()) {
            log.warn("Rule pack refused: {}: {}", origin, refused.get().refusal());
        } else {
            RulePackInfo info = outcome.pack().info();
            log.info("Rule pack loaded: {} ({} {} to {}) from {}", info.id(), info.provinceName(), info.validFrom(),
                    info.validTo() == null ? "open" : info.validTo(), origin);
        }
        changed();
    }

    @Override
    public void unload(String source) {
        if (catalog.remove(source, false)) {
            log.info("Rule pack source gone: {}", source);
            changed();
        }
    }

    @Override
    public void suspend(String source) {
        if (catalog.remove(source, true)) {
            log.info("Rule pack source stopped for its replacement: {}", source);
            changed();
        }
    }

    @Override
    public List<String> sources(String prefix) {
        return catalog.sources(prefix);
    }

    private void changed() {
        List<RulePackInfo> packs = catalog.packs();
        for (RulePackListener listener : listeners) {
            try {
                listener.packsChanged(packs);
            } catch (RuntimeException e) {
                log.warn("A rule-pack listener failed: {}", listener, e);
            }
        }
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
    public LocalDate dateOf(Plan plan) {
        return PlanDates.dateOf(plan);
    }

    @Override
    public Optional<RulePack> inForce(String provinceCode, IssuerKind issuer, PlanKind kind, LocalDate date) {
        return catalog.inForce(provinceCode, issuer, kind, date);
    }

    @Override
    public Optional<RulePack> forDraft(String provinceCode, IssuerKind issuer, PlanKind kind, int year) {
        return catalog.forDraft(provinceCode, issuer, kind, year).map(p -> p);
    }

    @Override
    public IssuerKind issuerOf(Plan plan) {
        return IssuerKinds.of(plan);
    }

    /**
     * Against the pack of the plan's province, issuer kind and plan kind on its date. When there is
     * none, the pointer names what is at fault: the province when no pack of it is loaded at all, the
     * agency line when none for its issuer, the kind when none for its kind, else the date.
     */
    @Override
    public ValidationReport validate(Plan plan) {
        LocalDate date = dateOf(plan);
        String province = plan.province().code();
        ProvinceGate.check(province, date, catalog::knows);
        IssuerKind issuer = issuerOf(plan);
        return inForce(province, issuer, plan.kind(), date)
                .orElseThrow(() -> new NoRulePackException(province, issuer, plan.kind(), date, pointer(plan, issuer)))
                .validate(plan);
    }

    private String pointer(Plan plan, IssuerKind issuer) {
        if (!catalog.knows(plan.province().code())) {
            return "/province/code";
        }
        if (!catalog.knows(plan.province().code(), issuer)) {
            return "/issuer/agency";
        }
        if (!catalog.knows(plan.province().code(), issuer, plan.kind())) {
            return "/kind";
        }
        return PlanDates.pointerOfDate(plan);
    }

    @Override
    public Plan draft(String provinceCode, int year) {
        return draft(provinceCode, IssuerKind.BOARD, PlanKind.YEARLY, year);
    }

    @Override
    public Plan draft(String provinceCode, IssuerKind issuer, PlanKind kind, int year) {
        ProvinceGate.check(provinceCode, LocalDate.of(year, 1, 1), catalog::knows);
        return forDraft(provinceCode, issuer, kind, year)
                .orElseThrow(() -> new NoRulePackException(provinceCode, issuer, kind, LocalDate.of(year, 1, 1), null))
                .draft(kind, year);
    }
}
