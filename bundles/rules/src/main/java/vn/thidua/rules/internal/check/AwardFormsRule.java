package vn.thidua.rules.internal.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.thidua.plan.AwardProposal;
import vn.thidua.plan.walk.Located;
import vn.thidua.rules.internal.descriptor.PackDescriptor;
import vn.thidua.rules.internal.descriptor.PackDescriptor.LawSpec;

/**
 * {@code award-forms}: every award form the plan proposes exists under the law in force on the
 * plan's date. Parameter: {@code laws} (default: the pack's {@code awards.laws}), each with its
 * period and forms.
 */
final class AwardFormsRule implements Rule {

    private final List<LawSpec> laws;

    AwardFormsRule(Params params, PackDescriptor pack) {
        laws = params.list("laws", LawSpec.class, pack.awards().laws());
        if (laws.isEmpty()) {
            throw params.invalid("laws", "names no law (and the pack's awards.laws is empty)");
        }
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        List<Located<AwardProposal>> awards = context.walk().awards();
        if (awards.isEmpty()) {
            return;
        }
        Optional<LawSpec> law = inForce(context.date());
        if (law.isEmpty()) {
            findings.add(awards.get(0).pointer(), "Không có văn bản pháp luật về khen thưởng nào có hiệu lực vào ngày của kế hoạch",
                    "một luật có hiệu lực vào " + Texts.date(context.date()), "không có");
            return;
        }
        for (Located<AwardProposal> award : awards) {
            if (!context.keys().any(law.get().forms(), award.value().form())) {
                findings.add(award.at("form"), "Hình thức khen thưởng không có theo " + law.get().name(),
                        "một trong " + Texts.quotedAll(law.get().forms()), Texts.quoted(award.value().form()));
            }
        }
    }

    private Optional<LawSpec> inForce(LocalDate date) {
        return laws.stream()
                .filter(l -> !date.isBefore(l.from()) && (l.to() == null || !date.isAfter(l.to())))
                .findFirst();
    }
}
