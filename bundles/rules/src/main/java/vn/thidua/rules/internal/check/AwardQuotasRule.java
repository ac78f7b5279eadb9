package vn.thidua.rules.internal.check;

import java.util.List;

import vn.thidua.plan.AwardProposal;
import vn.thidua.plan.walk.Located;
import vn.thidua.rules.internal.descriptor.PackDescriptor;
import vn.thidua.rules.internal.descriptor.PackDescriptor.QuotaSpec;

/**
 * {@code award-quotas}: a quota an award proposal sets is a positive number, no higher than the
 * province's cap for that form (and kind of recipient). Parameter: {@code quotas} (default: the
 * pack's {@code awards.quotas}).
 */
final class AwardQuotasRule implements Rule {

    private final List<QuotaSpec> quotas;

    AwardQuotasRule(Params params, PackDescriptor pack) {
        quotas = params.list("quotas", QuotaSpec.class, pack.awards().quotas());
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        for (Located<AwardProposal> located : context.walk().awards()) {
            AwardProposal award = located.value();
            Integer count = award.minimumCount();
            if (count == null) {
                continue;
            }
            if (count <= 0) {
                findings.add(located.at("minimumCount"), "Chỉ tiêu khen thưởng " + Texts.quoted(award.form()) + " phải là số dương",
                        "số lớn hơn 0", Integer.toString(count));
                continue;
            }
            for (QuotaSpec quota : quotas) {
                if (Texts.sameKey(quota.form(), award.form())
                        && (quota.recipientKind() == null || quota.recipientKind() == award.recipientKind())
                        && count > quota.max()) {
                    findings.add(located.at("minimumCount"), "Số lượng " + Texts.quoted(award.form()) + " vượt định mức của tỉnh",
                            "nhiều nhất " + quota.max(), Integer.toString(count));
                }
            }
        }
    }
}
