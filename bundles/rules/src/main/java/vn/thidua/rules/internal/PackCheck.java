package vn.thidua.rules.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;


import com.fasterxml.jackson.databind.JsonNode;

import vn.thidua.plan.IssuerKind;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanKind;
import vn.thidua.plan.province.ProvinceLineage;
import vn.thidua.plan.province.ProvinceUnit;
import vn.thidua.rules.Finding;
import vn.thidua.rules.PackCheckReport;
import vn.thidua.rules.PackProblem;
import vn.thidua.rules.RulePack;
import vn.thidua.rules.RulePackInfo;
import vn.thidua.rules.Severity;
import vn.thidua.rules.ValidationReport;
import vn.thidua.rules.internal.check.CompiledRule;
import vn.thidua.rules.internal.check.RuleTypes;
import vn.thidua.rules.internal.descriptor.DescriptorException;
import vn.thidua.rules.internal.descriptor.PackDescriptor;

/**
 * Checks a descriptor as the loader would load it, but gathers every problem instead of stopping at the
 * first: identity and period, the province against the province map, each rule on its own, and the draft
 * of every year of the period against the pack itself. Installs nothing; the registry is only read, for the
 * pack in force that the result is compared with.
 */
final class PackCheck {

    /** The registry's lookup of the pack in force. */
    @FunctionalInterface
    interface InForce {
        Optional<RulePack> find(String provinceCode, IssuerKind issuer, PlanKind kind, LocalDate date);
    }

    /** An open period is drafted from its first year up to the year after today's, at most this many years. */
    private static final int MAX_YEARS = 10;

    private final PackLoader loader = new PackLoader();
    private final InForce inForce;
    private final LocalDate today;

    /**
     * @param inForce the registry's pack in force for a province, an issuer and a kind of plan on a date
     * @param today   the day an open period is drafted up to (its next year)
     */
    PackCheck(InForce inForce, LocalDate today) {
        this.inForce = inForce;
        this.today = today;
    }

    PackCheckReport check(byte[] bytes, String origin, List<Plan> plans) {
        List<PackProblem> problems = new ArrayList<>();
        PackDescriptor descriptor;
        try {
            JsonNode tree = loader.reader().tree(new ByteArrayInputStream(bytes));
            descriptor = loader.reader().read(tree);
            PackLoader.checkIdentity(descriptor);
        } catch (DescriptorException e) {
            problems.add(new PackProblem(e.field(), e.reason()));
            return new PackCheckReport(null, problems, List.of(), List.of(), null, List.of());
        } catch (IOException e) {
            problems.add(new PackProblem("", "cannot read " + origin + ": " + e.getMessage()));
            return new PackCheckReport(null, problems, List.of(), List.of(), null, List.of());
        }
        checkProvince(descriptor, problems);
        List<CompiledRule> rules = compileEach(descriptor, problems);
        LoadedPack pack = loader.assemble(descriptor, rules, placeholderUrl(), origin, -1);
        List<Integer> drafted = problems.isEmpty() ? draftEachYear(pack, problems) : List.of();
        List<ValidationReport> reports = plans.stream().map(pack::validate).toList();
        // Compared with the pack of the same issuer and kind of plan: a People's Committee's pack with
        // the People's Committee's, never with the board's of the same province.
        RulePackInfo info = pack.info();
        Optional<RulePack> current = inForce.find(info.provinceCode(), info.issuerKind(), info.planKinds().get(0), info.validFrom());
        String currentId = current.map(p -> p.info().id()).orElse(null);
        var changes = current.filter(LoadedPack.class::isInstance).map(LoadedPack.class::cast)
                .map(c -> PackDiff.between(c.descriptor(), descriptor)).orElse(List.of());
        return new PackCheckReport(pack.info(), problems, drafted, reports, currentId, changes);
    }

    /** The code must name a province-level unit that exists on the pack's first day. */
    private static void checkProvince(PackDescriptor descriptor, List<PackProblem> problems) {
        ProvinceLineage provinces = ProvinceLineage.standard();
        String code = descriptor.pack().province().code();
        if (!provinces.isKnown(code)) {
            problems.add(new PackProblem("/pack/province/code", "unknown province '" + code + "'; closest known: "
                    + String.join(", ", provinces.closest(code, 5).stream().map(u -> u.name() + " (" + u.code() + ")").toList())));
            return;
        }
        LocalDate from = descriptor.pack().validFrom();
        Optional<ProvinceUnit> successor = provinces.successorOn(code, from);
        if (successor.isPresent()) {
            problems.add(new PackProblem("/pack/validFrom", "province '" + code + "' no longer exists on " + from
                    + "; its successor is " + successor.get().fullName() + " (" + successor.get().code() + ")"));
        }
        // A province that ceased to exist (no later record under its code) bounds its packs' period.
        ProvinceUnit last = provinces.latest(code).orElseThrow();
        LocalDate to = descriptor.pack().validTo();
        if (last.to() != null && !from.isAfter(last.to()) && (to == null || to.isAfter(last.to()))) {
            problems.add(new PackProblem("/pack/validTo", "province '" + code + "' ended on " + last.to()
                    + ": the pack's period must end by then (its successor is "
                    + provinces.successor(last).map(ProvinceUnit::code).orElse("unknown") + ")"));
        }
    }

    /** Each rule compiled on its own, so that every broken rule is named, not only the first. */
    private List<CompiledRule> compileEach(PackDescriptor descriptor, List<PackProblem> problems) {
        List<CompiledRule> compiled = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < descriptor.rules().size(); i++) {
            PackDescriptor.RuleSpec spec = descriptor.rules().get(i);
            if (!ids.add(spec.id())) {
                problems.add(new PackProblem("/rules/" + i + "/id", "rule id '" + spec.id() + "' is used twice"));
                continue;
            }
            PackDescriptor one = descriptor.withRules(List.of(spec));
            try {
                compiled.addAll(RuleTypes.compile(one, loader.reader().mapper()));
            } catch (DescriptorException e) {
                String field = e.field().startsWith("/rules/0") ? "/rules/" + i + e.field().substring("/rules/0".length())
                        : e.field();
                problems.add(new PackProblem(field, e.reason()));
            }
        }
        return compiled;
    }

    /** Every year of the period drafted and validated against the pack: each error is a problem of the template. */
    private List<Integer> draftEachYear(LoadedPack pack, List<PackProblem> problems) {
        int first = pack.info().validFrom().getYear();
        int last = pack.info().validTo() != null ? pack.info().validTo().getYear() : Math.max(first, today.getYear() + 1);
        last = Math.min(last, first + MAX_YEARS - 1);
        List<Integer> drafted = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            try {
                ValidationReport report = pack.validate(pack.draft(year));
                for (Finding finding : report.findings()) {
                    if (finding.severity() == Severity.ERROR) {
                        problems.add(new PackProblem("/template" + finding.pointer(), "the draft for " + year + " fails rule "
                                + finding.ruleId() + ": " + finding.message()));
                    }
                }
                drafted.add(year);
            } catch (RuntimeException e) {
                problems.add(new PackProblem("/template", "the template cannot draft " + year + ": " + e.getMessage()));
            }
        }
        return drafted;
    }

    /** A checked pack has no folder: files it names next to it are not found, which the check does not need. */
    private static URL placeholderUrl() {
        try {
            return new URL("file:/nonexistent/pack-check/descriptor.yaml");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
