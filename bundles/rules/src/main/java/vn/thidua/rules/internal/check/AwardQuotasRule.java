package vn.thidua.rules.internal.check;

import java.math.BigDecimal;
import java.util.List;

import vn.thidua.plan.AwardProposal;
import vn.thidua.plan.RecipientKind;
import vn.thidua.plan.AwardQuota;
import vn.thidua.plan.walk.Located;
import vn.thidua.rules.internal.descriptor.PackDescriptor;
import vn.thidua.rules.internal.descriptor.PackDescriptor.QuotaSpec;

/**
 * {@code award-quotas}: a number of awards a proposal sets is positive, and no higher than the
 * province's cap for that form (and kind of recipient). Parameter: {@code quotas} (default: the
 * pack's {@code awards.quotas}).
 *
 * <p>A schema 2 proposal writes its numbers as {@link AwardProposal#quotas()}: exactly, at least or
 * at most N, a rate, or N per unit. Each is checked where it stands ({@code quotas/i/value}). A cap is
 * a count for the whole plan, so it is compared with the counts that are one (exact, at least, at
 * most), not with a rate (a percentage) nor with a number per unit. A schema 1 proposal's
 * {@code minimumCount} is checked as before.
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
            if (award.minimumCount() != null) {
                count(context.keys(), findings, located.at("minimumCount"), award, BigDecimal.valueOf(award.minimumCount()),
                        award.allRecipientKinds(), true);
            }
            for (int i = 0; i < award.quotas().size(); i++) {
                AwardQuota quota = award.quotas().get(i);
                List<RecipientKind> kinds = quota.recipientKind() != null ? List.of(quota.recipientKind())
                        : award.allRecipientKinds();
                count(context.keys(), findings, located.at("quotas/" + i + "/value"), award, quota.value(), kinds,
                        !quota.rate() && quota.per() == null);
            }
        }
    }

    /** One number of awards: positive, and within each cap on the form for one of its kinds of recipient. */
    private void count(TextKeys keys, Findings findings, String pointer, AwardProposal award, BigDecimal count, List<RecipientKind> kinds,
            boolean aPlanTotal) {
        String written = count.stripTrailingZeros().toPlainString();
        if (count.signum() <= 0) {
            findings.add(pointer, "Chỉ tiêu khen thưởng " + Texts.quoted(award.form()) + " phải là số dương",
                    "số lớn hơn 0", written);
            return;
        }
        if (!aPlanTotal) {
            return;
        }
        for (QuotaSpec quota : quotas) {
            if (keys.same(quota.form(), award.form())
                    && (quota.recipientKind() == null || kinds.contains(quota.recipientKind()))
                    && count.compareTo(BigDecimal.valueOf(quota.max())) > 0) {
                findings.add(pointer, "Số lượng " + Texts.quoted(award.form()) + " vượt định mức của tỉnh",
                        "nhiều nhất " + quota.max(), written);
            }
        }
    }
}
