package vn.thidua.rules.internal.check;

import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.introspection.JexlPermissions;
import org.apache.commons.jexl3.introspection.JexlSandbox;

/**
 * The JEXL engine expression rules run in. A descriptor is data from outside the code base, so its
 * expressions may only read: no {@code new}, no assignment, no loops, no pragmas or annotations, no
 * lambdas; they reach only the plan model's values and a short list of methods of strings, numbers,
 * dates and collections (a white-list sandbox: everything else, {@code Class}, {@code System},
 * reflection, I/O, is refused when the expression runs or is parsed).
 */
final class ExpressionSandbox {

    private static final String[] STRING = {"length", "isEmpty", "isBlank", "contains", "startsWith", "endsWith",
        "toUpperCase", "toLowerCase", "strip", "trim", "matches", "equals", "equalsIgnoreCase", "indexOf",
        "substring", "charAt", "compareTo", "toString"};
    private static final String[] COLLECTION = {"size", "isEmpty", "contains", "get", "containsKey", "indexOf",
        "equals", "toString"};
    private static final String[] NUMBER = {"intValue", "longValue", "doubleValue", "compareTo", "signum", "scale",
        "precision", "equals", "toString", "toPlainString"};
    private static final String[] DATE = {"getYear", "getMonthValue", "getDayOfMonth", "getDayOfYear", "isBefore",
        "isAfter", "isEqual", "equals", "compareTo", "toString", "lengthOfMonth", "plusDays", "minusDays",
        "plusMonths", "minusMonths", "withDayOfMonth"};

    private ExpressionSandbox() {
    }

    /** A new engine (its caches hold classes, so each pack has its own, dropped with the pack). */
    static JexlEngine engine() {
        JexlSandbox sandbox = new JexlSandbox(false, true);
        sandbox.allow("java.lang.String").execute(STRING);
        for (String type : new String[] {"java.util.Collection", "java.util.List", "java.util.Map"}) {
            sandbox.allow(type).execute(COLLECTION);
        }
        for (String type : new String[] {"java.lang.Integer", "java.lang.Long", "java.math.BigDecimal",
            "java.lang.Number"}) {
            sandbox.allow(type).execute(NUMBER);
        }
        sandbox.allow("java.lang.Boolean");
        sandbox.allow("java.time.LocalDate").execute(DATE);
        for (String type : PLAN_TYPES) {
            sandbox.allow("vn.thidua.plan." + type);
        }
        JexlFeatures features = new JexlFeatures()
                .newInstance(false)
                .sideEffect(false)
                .sideEffectGlobal(false)
                .loops(false)
                .lambda(false)
                .pragma(false)
                .annotation(false)
                .importPragma(false)
                .namespacePragma(false)
                .localVar(false)
                .script(false);
        return new JexlBuilder()
                .permissions(JexlPermissions.RESTRICTED.compose("vn.thidua.plan.*", "java.time.*"))
                .sandbox(sandbox)
                .features(features)
                .strict(true)
                .safe(false)
                .silent(false)
                .cache(64)
                .create();
    }

    /** The plan model's value types: each is immutable, so reading any of its methods is harmless. */
    private static final String[] PLAN_TYPES = {"Anniversary", "Assignment", "Authority", "AuthorityPrefix",
        "AwardProposal", "BasesLayout", "BulletList", "Correction", "DateLine", "DocumentNumber", "Grouping",
        "GroupingKind", "Growth", "IssuingBody", "LegalBasis", "Paragraph", "PartialDate", "Phase", "PhaseList",
        "Place", "Plan", "PlanKind", "Preamble", "Province", "Qualifier", "Quantity", "Recipient", "RecipientKind",
        "RecipientRole", "Recipients", "Section", "Signature", "Target", "TargetCategory", "TargetList", "Task",
        "TaskField", "TaskLayout", "TaskList", "Timing", "TimingKind"};
}
