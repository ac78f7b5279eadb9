package vn.thidua.rules.internal.check;

import java.util.List;

import org.apache.commons.jexl3.JexlContext;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlExpression;
import org.apache.commons.jexl3.JexlInfo;
import org.apache.commons.jexl3.MapContext;

/**
 * {@code expression}: a rule written in the descriptor itself, in the sandboxed JEXL of
 * {@link ExpressionSandbox}. Parameters: {@code each} (what the test runs on: {@code plan},
 * {@code tasks}, {@code targets}, {@code phases}, {@code sections}, {@code awards},
 * {@code recipients}, {@code legalBases}; default {@code plan}), {@code test} (true when the element
 * is fine), {@code expected} (what is expected, in words), {@code found} (an expression for what was
 * found, default the test's value), {@code message} (default: the rule's description). Variables:
 * {@code plan}, {@code year}, {@code date} (the date the pack was chosen for), {@code it} (the element).
 */
final class ExpressionRule implements Rule {

    private static final List<String> EACH = List.of("plan", "tasks", "targets", "phases", "sections", "awards",
            "recipients", "legalBases");

    private final String each;
    private final JexlEngine engine;
    private final JexlExpression test;
    private final JexlExpression found;
    private final String expected;
    private final String message;

    /** With the engine of its pack ({@link RuleTypes.PackEngine}), which its expressions are made by. */
    ExpressionRule(Params params, JexlEngine engine, String id, String description) {
        each = params.get("each", String.class, "plan");
        if (!EACH.contains(each)) {
            throw params.invalid("each", "must be one of " + EACH + ", was '" + each + "'");
        }
        this.engine = engine;
        test = compile(engine, params, id, "test", params.required("test", String.class));
        String foundText = params.get("found", String.class, null);
        found = foundText == null ? null : compile(engine, params, id, "found", foundText);
        expected = params.required("expected", String.class);
        message = params.get("message", String.class, description);
    }

    /** Errors name the rule and the parameter ({@code summary-names-year/test@1:9}), not this class. */
    private static JexlExpression compile(JexlEngine engine, Params params, String id, String name, String source) {
        try {
            ExpressionCheck.checkSize(source);
            JexlExpression expression = engine.createExpression(new JexlInfo(id + "/" + name, 1, 1), source);
            ExpressionCheck.check(source);
            return expression;
        } catch (JexlException e) {
            throw params.invalid(name, "not a valid expression: " + brief(e));
        } catch (IllegalArgumentException e) {
            throw params.invalid(name, "the expression " + e.getMessage());
        }
    }

    /** The engine that made the rule's expressions. */
    JexlEngine engine() {
        return engine;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        switch (each) {
            case "plan" -> run(context, findings, "", context.plan());
            case "tasks" -> context.walk().tasks().forEach(t -> run(context, findings, t.pointer(), t.value()));
            case "targets" -> context.walk().targets().forEach(t -> run(context, findings, t.pointer(), t.value()));
            case "phases" -> context.walk().phases().forEach(t -> run(context, findings, t.pointer(), t.value()));
            case "sections" -> context.walk().sections().forEach(t -> run(context, findings, t.pointer(), t.value()));
            case "awards" -> context.walk().awards().forEach(t -> run(context, findings, t.pointer(), t.value()));
            case "recipients" -> context.walk().recipients().forEach(t -> run(context, findings, t.pointer(), t.value()));
            default -> context.walk().legalBases().forEach(t -> run(context, findings, t.pointer(), t.value()));
        }
    }

    private void run(RuleContext context, Findings findings, String pointer, Object element) {
        ValidationBudget.check();
        JexlContext variables = new MapContext();
        variables.set("plan", context.plan());
        variables.set("year", context.year());
        variables.set("date", context.date());
        variables.set("it", element);
        Object result;
        try {
            result = test.evaluate(variables);
        } catch (JexlException e) {
            rethrowIfOverBudget(e);
            findings.add(pointer, message + " (không kiểm tra được)", expected, "lỗi biểu thức: " + brief(e));
            return;
        }
        if (!Boolean.TRUE.equals(result)) {
            findings.add(pointer, message, expected, describe(variables, result));
        }
    }

    private String describe(JexlContext variables, Object result) {
        if (found == null) {
            return String.valueOf(result);
        }
        try {
            return String.valueOf(found.evaluate(variables));
        } catch (JexlException e) {
            rethrowIfOverBudget(e);
            return "lỗi biểu thức: " + brief(e);
        }
    }

    /** A validation out of time stops as a whole, not as one element's finding. */
    private static void rethrowIfOverBudget(JexlException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ValidationBudget.Exceeded exceeded) {
                throw exceeded;
            }
        }
    }

    /** The first line of what went wrong, naming what the engine was doing when it went wrong. */
    private static String brief(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException && cause.getMessage() != null
                    && cause.getMessage().startsWith("biểu thức chính quy")) {
                return cause.getMessage();
            }
        }
        String text = e.getMessage() == null ? e.toString() : e.getMessage();
        return text.lines().findFirst().orElse(text);
    }
}
