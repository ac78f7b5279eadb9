package vn.thidua.rest.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.osgi.service.component.ComponentServiceObjects;

import javax.ws.rs.core.HttpHeaders;

import vn.thidua.export.DocumentExports;
import vn.thidua.plan.store.PlanRepository;
import vn.thidua.rest.internal.problem.Problem;
import vn.thidua.rest.internal.problem.ProblemException;
import vn.thidua.rules.RulePackChecker;
import vn.thidua.rules.RulePackRegistry;
import vn.thidua.rules.files.RulePackFiles;

/**
 * The services the resources call, each of which may come and go while the facade runs. A
 * resource asks for one at each request; when it is absent the request ends with 503, and the
 * other endpoints keep working.
 */
public final class Services {

    private final AtomicReference<PlanRepository> plans = new AtomicReference<>();
    private final AtomicReference<RulePackRegistry> rules = new AtomicReference<>();
    /** Got only when an export is asked for (see {@link OnFirstUse}). */
    private final AtomicReference<OnFirstUse<DocumentExports>> exports = new AtomicReference<>();
    private final AtomicReference<RulePackChecker> checker = new AtomicReference<>();
    private final AtomicReference<RulePackFiles> packFiles = new AtomicReference<>();

    public RulePackFiles packFiles() {
        return required(packFiles.get(), "rule-pack folder");
    }

    public void setPackFiles(RulePackFiles service) {
        packFiles.set(service);
    }

    public void unsetPackFiles(RulePackFiles service) {
        packFiles.compareAndSet(service, null);
    }

    public RulePackChecker checker() {
        return required(checker.get(), "rule-pack check");
    }

    public void setChecker(RulePackChecker service) {
        checker.set(service);
    }

    public void unsetChecker(RulePackChecker service) {
        checker.compareAndSet(service, null);
    }

    public PlanRepository plans() {
        return required(plans.get(), "plan store");
    }

    public RulePackRegistry rules() {
        return required(rules.get(), "rule packs");
    }

    public DocumentExports exports() {
        OnFirstUse<DocumentExports> bound = exports.get();
        return required(bound == null ? null : bound.get(), "document export");
    }

    public Optional<PlanRepository> plansIfPresent() {
        return Optional.ofNullable(plans.get());
    }

    public Optional<RulePackRegistry> rulesIfPresent() {
        return Optional.ofNullable(rules.get());
    }

    public void setPlans(PlanRepository service) {
        plans.set(service);
    }

    /** Forgets the service only if it is still the one held (a greedy rebind sets the new one first). */
    public void unsetPlans(PlanRepository service) {
        plans.compareAndSet(service, null);
    }

    public void setRules(RulePackRegistry service) {
        rules.set(service);
    }

    public void unsetRules(RulePackRegistry service) {
        rules.compareAndSet(service, null);
    }

    public void setExports(DocumentExports service) {
        exports.set(OnFirstUse.given(service));
    }

    /** The export service, got from the framework at the first export (its bundles start it then). */
    public void setExports(ComponentServiceObjects<DocumentExports> service) {
        exports.set(OnFirstUse.of(service));
    }

    /** Forgets the service only if it is still the one held (a greedy rebind sets the new one first). */
    public void unsetExports(ComponentServiceObjects<DocumentExports> service) {
        exports.updateAndGet(held -> held != null && held.isOf(service) ? null : held);
    }

    private static <T> T required(T service, String name) {
        if (service == null) {
            throw new ProblemException(Problem.of("service-unavailable", "Service unavailable", 503,
                    "The " + name + " service is not running; try again later or ask the administrator to install it")
                    .with("service", name), Map.of(HttpHeaders.RETRY_AFTER, "5"));
        }
        return service;
    }
}
