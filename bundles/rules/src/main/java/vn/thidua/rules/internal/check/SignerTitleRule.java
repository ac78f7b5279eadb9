package vn.thidua.rules.internal.check;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;

import vn.thidua.plan.AuthorityPrefix;
import vn.thidua.plan.Signature;
import vn.thidua.rules.internal.descriptor.PackDescriptor;

/**
 * {@code signer-title}: the signer's position is one the pack allows, with the authority it needs
 * (a deputy signs {@code KT.} for the head). Parameters: {@code titles} (default: the pack's
 * {@code defaults.signerTitles}), {@code authorityFor} (position → authority prefix, default none).
 */
final class SignerTitleRule implements Rule {

    private final List<String> titles;
    private final Map<String, AuthorityPrefix> authorityFor;

    SignerTitleRule(Params params, PackDescriptor pack) {
        titles = params.list("titles", String.class, pack.defaults().signerTitles());
        if (titles.isEmpty()) {
            throw params.invalid("titles", "names no title (and the pack's defaults.signerTitles is empty)");
        }
        authorityFor = params.get("authorityFor", new TypeReference<Map<String, AuthorityPrefix>>() { }, Map.of());
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        Signature signature = context.plan().signature();
        if (!context.keys().any(titles, signature.position())) {
            findings.add("/signature/position", "Chức vụ người ký không được phép", Texts.or(titles),
                    Texts.quoted(signature.position()));
            return;
        }
        authorityFor.forEach((title, prefix) -> {
            if (context.keys().same(title, signature.position())
                    && signature.authorities().stream().noneMatch(a -> a.prefix() == prefix)) {
                findings.add("/signature/authorities", "Người ký " + Texts.quoted(title) + " phải ký thay",
                        Texts.quoted(prefix.written()) + " trước chức vụ",
                        signature.authorities().isEmpty() ? "không có quyền hạn ký" : signature.authorities().toString());
            }
        });
    }
}
