package vn.thidua.rules.internal.check;

import java.util.List;

import vn.thidua.plan.PlanKind;
import vn.thidua.rules.Finding;
import vn.thidua.rules.RuleInfo;

/** A rule of a pack ready to run: what the descriptor says of it, the plan kinds it applies to, its check. */
public record CompiledRule(RuleInfo info, List<PlanKind> kinds, Rule rule) {

    /** The findings on the plan; none when the rule does not apply to the plan's kind. */
    public List<Finding> run(RuleContext context) {
        if (!kinds.isEmpty() && !kinds.contains(context.plan().kind())) {
            return List.of();
        }
        Findings findings = new Findings(info);
        ValidationBudget.at(info.id());
        try {
            rule.check(context, findings);
        } catch (ValidationBudget.Exceeded e) {
            throw e;
        } catch (RuntimeException e) {
            // A rule's own defect must not hide the other rules' findings, nor pass the plan silently.
            findings.add("", "Quy tắc " + info.id() + " không chạy được", "quy tắc chạy hết", e.toString());
        }
        return findings.list();
    }
}
