package vn.thidua.rules.internal.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.jexl3.JexlEngine;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.rules.RuleInfo;
import vn.thidua.rules.internal.descriptor.DescriptorException;
import vn.thidua.rules.internal.descriptor.PackDescriptor;
import vn.thidua.rules.internal.descriptor.PackDescriptor.RuleSpec;

/** The built-in rule types by name, and the compiling of a descriptor's rules into checks. */
public final class RuleTypes {

    @FunctionalInterface
    private interface Factory {
        Rule create(Params params, PackDescriptor pack, RuleSpec spec, PackEngine engine);
    }

    /**
     * The expression engine of one pack, made for its first expression rule and shared by the others:
     * an engine builds its sandbox by reflection over every plan type (a tenth of a second, 70 KB each),
     * and was made once per rule. Dropped with the pack, as its caches hold classes.
     */
    static final class PackEngine {
        private JexlEngine engine;

        JexlEngine get() {
            if (engine == null) {
                engine = ExpressionSandbox.engine();
            }
            return engine;
        }
    }

    private static final Map<String, Factory> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("required-sections", (p, d, s, e) -> new RequiredSectionsRule(p, d));
        TYPES.put("number-format", (p, d, s, e) -> new NumberFormatRule(p, d));
        TYPES.put("issue-date", (p, d, s, e) -> new IssueDateRule(p, d));
        TYPES.put("place-name", (p, d, s, e) -> new PlaceNameRule(p, d));
        TYPES.put("issuer", (p, d, s, e) -> new IssuerRule(p, d));
        TYPES.put("deadline-window", (p, d, s, e) -> new DeadlineWindowRule(p, d));
        TYPES.put("written-dates", (p, d, s, e) -> new WrittenDatesRule(p, d));
        TYPES.put("deadline-grouping", (p, d, s, e) -> new DeadlineGroupingRule(p, d));
        TYPES.put("standard-deadlines", (p, d, s, e) -> new StandardDeadlinesRule(p, d));
        TYPES.put("task-fields", (p, d, s, e) -> new TaskFieldsRule(p, d));
        TYPES.put("task-layout", (p, d, s, e) -> new TaskLayoutRule(p, d));
        TYPES.put("phase-coverage", (p, d, s, e) -> new PhaseCoverageRule(p, d));
        TYPES.put("phase-anniversaries", (p, d, s, e) -> new PhaseAnniversariesRule(p, d));
        TYPES.put("calendar-days", (p, d, s, e) -> new CalendarDaysRule(p, d));
        TYPES.put("target-quantities", (p, d, s, e) -> new TargetQuantitiesRule(p, d));
        TYPES.put("award-forms", (p, d, s, e) -> new AwardFormsRule(p, d));
        TYPES.put("award-quotas", (p, d, s, e) -> new AwardQuotasRule(p, d));
        TYPES.put("signer-title", (p, d, s, e) -> new SignerTitleRule(p, d));
        TYPES.put("recipients-archive", (p, d, s, e) -> new RecipientsArchiveRule(p, d));
        TYPES.put("expression", (p, d, s, e) -> new ExpressionRule(p, e.get(), s.id(), s.description()));
    }

    private RuleTypes() {
    }

    public static Set<String> names() {
        return TYPES.keySet();
    }

    /** Every rule of the descriptor, checked and configured; the first bad one is refused with its pointer. */
    public static List<CompiledRule> compile(PackDescriptor pack, ObjectMapper mapper) {
        List<CompiledRule> compiled = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        PackEngine engine = new PackEngine();
        for (int i = 0; i < pack.rules().size(); i++) {
            RuleSpec spec = pack.rules().get(i);
            String pointer = "/rules/" + i;
            if (!spec.id().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new DescriptorException(pointer + "/id", "a rule id is lower-case words joined by '-', was '" + spec.id() + "'");
            }
            if (!ids.add(spec.id())) {
                throw new DescriptorException(pointer + "/id", "rule id '" + spec.id() + "' is used twice");
            }
            Factory factory = TYPES.get(spec.type());
            if (factory == null) {
                throw new DescriptorException(pointer + "/type", "unknown rule type '" + spec.type() + "' (known: "
                        + String.join(", ", TYPES.keySet()) + ")");
            }
            Params params = new Params(mapper, spec.parameters(), pointer + "/parameters");
            Rule rule;
            try {
                rule = factory.create(params, pack, spec, engine);
                params.finish();
            } catch (DescriptorException e) {
                throw new DescriptorException(e.field(), "rule '" + spec.id() + "' (" + spec.type() + "): " + e.reason(), e);
            }
            RuleInfo info = new RuleInfo(spec.id(), spec.type(), spec.severity(), spec.description(), params.effective());
            compiled.add(new CompiledRule(info, spec.kinds(), rule));
        }
        return List.copyOf(compiled);
    }
}
