package vn.thidua.rules.internal.check;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.introspection.JexlSandbox;

import vn.thidua.plan.Anniversary;
import vn.thidua.plan.Appendix;
import vn.thidua.plan.Assignment;
import vn.thidua.plan.AssignmentList;
import vn.thidua.plan.Authority;
import vn.thidua.plan.AuthorityPrefix;
import vn.thidua.plan.AwardList;
import vn.thidua.plan.AwardProposal;
import vn.thidua.plan.AwardQuota;
import vn.thidua.plan.BasesLayout;
import vn.thidua.plan.BulletList;
import vn.thidua.plan.Correction;
import vn.thidua.plan.DateLine;
import vn.thidua.plan.DirectiveKind;
import vn.thidua.plan.DocumentNumber;
import vn.thidua.plan.Dossier;
import vn.thidua.plan.DurationUnit;
import vn.thidua.plan.Duty;
import vn.thidua.plan.Grouping;
import vn.thidua.plan.GroupingKind;
import vn.thidua.plan.Growth;
import vn.thidua.plan.IssuerKind;
import vn.thidua.plan.IssuingBody;
import vn.thidua.plan.Item;
import vn.thidua.plan.ItemKind;
import vn.thidua.plan.ItemList;
import vn.thidua.plan.LegalBasis;
import vn.thidua.plan.Paragraph;
import vn.thidua.plan.PartialDate;
import vn.thidua.plan.Phase;
import vn.thidua.plan.PhaseList;
import vn.thidua.plan.Place;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanKind;
import vn.thidua.plan.Preamble;
import vn.thidua.plan.Province;
import vn.thidua.plan.Qualifier;
import vn.thidua.plan.Quantity;
import vn.thidua.plan.QuotaBound;
import vn.thidua.plan.RateDefinition;
import vn.thidua.plan.Recipient;
import vn.thidua.plan.RecipientKind;
import vn.thidua.plan.RecipientPurpose;
import vn.thidua.plan.RecipientRole;
import vn.thidua.plan.Recipients;
import vn.thidua.plan.Recurrence;
import vn.thidua.plan.ScoreRow;
import vn.thidua.plan.ScoringTable;
import vn.thidua.plan.Section;
import vn.thidua.plan.Signature;
import vn.thidua.plan.Target;
import vn.thidua.plan.TargetCategory;
import vn.thidua.plan.TargetList;
import vn.thidua.plan.Task;
import vn.thidua.plan.TaskField;
import vn.thidua.plan.TaskLayout;
import vn.thidua.plan.TaskList;
import vn.thidua.plan.Timing;
import vn.thidua.plan.TimingKind;
import vn.thidua.plan.UnitAssignment;

/**
 * The JEXL engine expression rules run in. A descriptor is data from outside the code base, so its
 * expressions may only read: no {@code new}, no assignment, no loops, no pragmas or annotations, no
 * lambdas, no functions; they reach only the plan model's values and a short list of methods of
 * strings, numbers, dates and collections (a white-list sandbox, over {@link PlanPermissions}:
 * {@code Class}, {@code System}, reflection and I/O stay out of reach). {@link ExpressionCheck}
 * refuses what breaks these limits when the pack loads; the sandbox stops what slips past it when
 * the expression runs, and {@link BoundedArithmetic} bounds the one thing that could run for ages.
 */
final class ExpressionSandbox {

    /** The variables an expression sees. */
    static final Set<String> VARIABLES = Set.of("plan", "year", "date", "it");

    private static final String[] STRING = {"length", "isEmpty", "isBlank", "contains", "startsWith", "endsWith",
        "toUpperCase", "toLowerCase", "strip", "trim", "equals", "equalsIgnoreCase", "indexOf", "substring", "charAt",
        "compareTo", "toString"};
    private static final String[] COLLECTION = {"size", "isEmpty", "contains", "get", "containsKey", "indexOf",
        "equals", "toString"};
    /** No {@code toPlainString}: {@code 1E999999999B.toPlainString()} writes a billion digits. */
    private static final String[] NUMBER = {"intValue", "longValue", "doubleValue", "compareTo", "signum", "scale",
        "precision", "equals", "toString"};
    private static final String[] DATE = {"getYear", "getMonthValue", "getDayOfMonth", "getDayOfYear", "isBefore",
        "isAfter", "isEqual", "equals", "compareTo", "toString", "lengthOfMonth", "isLeapYear", "plusDays", "minusDays",
        "plusMonths", "minusMonths", "withDayOfMonth"};

    /** The plan model's value types: each is immutable, so reading any of its methods is harmless. */
    private static final Class<?>[] PLAN_TYPES = {
        Anniversary.class, Assignment.class, Authority.class, AuthorityPrefix.class, AwardProposal.class,
        BasesLayout.class, BulletList.class, Correction.class, DateLine.class, DocumentNumber.class,
        Grouping.class, GroupingKind.class, Growth.class, IssuingBody.class, LegalBasis.class, Paragraph.class,
        PartialDate.class, Phase.class, PhaseList.class, Place.class, Plan.class, PlanKind.class,
        Preamble.class, Province.class, Qualifier.class, Quantity.class, Recipient.class, RecipientKind.class,
        RecipientRole.class, Recipients.class, Section.class, Signature.class, Target.class,
        TargetCategory.class, TargetList.class, Task.class, TaskField.class, TaskLayout.class, TaskList.class,
        Timing.class, TimingKind.class,
        // schema 2
        Appendix.class, AssignmentList.class, AwardList.class, AwardQuota.class, DirectiveKind.class, Dossier.class,
        DurationUnit.class, Duty.class, IssuerKind.class, Item.class, ItemKind.class, ItemList.class,
        QuotaBound.class, RateDefinition.class, RecipientPurpose.class, Recurrence.class, ScoreRow.class,
        ScoringTable.class, UnitAssignment.class};

    /** Every method name an expression may call on something, for the check at load time. */
    static final Set<String> MEMBERS = members();

    private ExpressionSandbox() {
    }

    /** The language: expressions only, nothing that writes, loops, defines or reaches outside. */
    static JexlFeatures features() {
        return new JexlFeatures()
                .newInstance(false)
                .sideEffect(false)
                .sideEffectGlobal(false)
                .loops(false)
                .lambda(false)
                .pragma(false)
                .annotation(false)
                .importPragma(false)
                .namespacePragma(false)
                .namespaceIdentifier(false)
                .localVar(false)
                .script(false);
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
        for (Class<?> type : PLAN_TYPES) {
            sandbox.allow(type.getName()).execute(planMethods(type).toArray(String[]::new));
        }
        return new JexlBuilder()
                .permissions(new PlanPermissions())
                .sandbox(sandbox)
                .arithmetic(new BoundedArithmetic())
                .features(features())
                .strict(true)
                .safe(false)
                .silent(false)
                .cancellable(true)
                // no cache of parsed sources: each rule keeps its expressions, and one shared by the rules of a
                // pack would hand a second rule of the same text the first one's name in its errors
                .cache(0)
                .create();
    }

    private static Set<String> members() {
        Set<String> names = new TreeSet<>();
        for (String[] list : new String[][] {STRING, COLLECTION, NUMBER, DATE}) {
            names.addAll(Arrays.asList(list));
        }
        for (Class<?> type : PLAN_TYPES) {
            names.addAll(planMethods(type));
        }
        return Set.copyOf(names);
    }

    /** The public instance methods a plan type declares itself: its accessors and derived values. */
    private static Set<String> planMethods(Class<?> clazz) {
        Set<String> names = new TreeSet<>();
        for (Method method : clazz.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                    && !method.isSynthetic() && !method.getName().equals("hashCode")) {
                names.add(method.getName());
            }
        }
        return names;
    }
}
