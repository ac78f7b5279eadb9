package vn.thidua.rules.internal.check;

import java.util.List;

import vn.thidua.plan.IssuingBody;
import vn.thidua.rules.internal.descriptor.PackDescriptor;

/**
 * {@code issuer}: the parent line and the agency line of the issuing body. Parameters:
 * {@code parents} and {@code agencies} (default: the pack's {@code issuer}); {@code parentRequired}
 * (default true).
 */
final class IssuerRule implements Rule {

    private final List<String> parents;
    private final List<String> agencies;
    private final boolean parentRequired;

    IssuerRule(Params params, PackDescriptor pack) {
        parents = params.list("parents", String.class, pack.issuer().parents());
        agencies = params.list("agencies", String.class, pack.issuer().agencies());
        parentRequired = params.get("parentRequired", Boolean.class, true);
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        IssuingBody issuer = context.plan().issuer();
        if (issuer.parent() == null) {
            if (parentRequired) {
                findings.add("/issuer/parent", "Thiếu tên cơ quan chủ quản", Texts.or(parents), "(không có)");
            }
        } else if (!parents.isEmpty() && !context.keys().any(parents, issuer.parent())) {
            findings.add("/issuer/parent", "Tên cơ quan chủ quản không đúng", Texts.or(parents), Texts.quoted(issuer.parent()));
        }
        if (!agencies.isEmpty() && !context.keys().any(agencies, issuer.agency())) {
            findings.add("/issuer/agency", "Tên cơ quan ban hành không đúng", Texts.or(agencies), Texts.quoted(issuer.agency()));
        }
    }
}
