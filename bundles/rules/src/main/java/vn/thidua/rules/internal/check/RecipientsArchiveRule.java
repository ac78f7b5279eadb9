package vn.thidua.rules.internal.check;

import java.util.List;

import vn.thidua.plan.Recipient;
import vn.thidua.plan.RecipientRole;
import vn.thidua.plan.Recipients;
import vn.thidua.plan.walk.Located;
import vn.thidua.rules.internal.descriptor.PackDescriptor;

/**
 * {@code recipients-archive}: the recipient list (nơi nhận) ends with the one archive line
 * ({@code Lưu: VT, …}), kept by the holders named. Parameter: {@code holders} (default {@code [VT]}).
 */
final class RecipientsArchiveRule implements Rule {

    private final List<String> holders;

    RecipientsArchiveRule(Params params, PackDescriptor pack) {
        holders = params.list("holders", String.class, List.of("VT"));
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        Recipients recipients = context.plan().recipients();
        if (recipients == null || recipients.entries().isEmpty()) {
            findings.add("/recipients", "Kế hoạch không có nơi nhận", "danh sách nơi nhận kết thúc bằng “Lưu: VT, …”", "(không có)");
            return;
        }
        List<Located<Recipient>> entries = context.walk().recipients();
        Located<Recipient> last = entries.get(entries.size() - 1);
        long archives = entries.stream().filter(r -> r.value().role() == RecipientRole.ARCHIVE).count();
        if (last.value().role() != RecipientRole.ARCHIVE) {
            findings.add(last.pointer(), "Nơi nhận không kết thúc bằng dòng lưu", "dòng cuối “Lưu: VT, …”",
                    Texts.quoted(last.value().text()));
        }
        if (archives > 1) {
            findings.add("/recipients/entries", "Nơi nhận có nhiều dòng lưu", "một dòng “Lưu: …”", archives + " dòng");
        }
        if (last.value().role() == RecipientRole.ARCHIVE) {
            for (String holder : holders) {
                if (!context.keys().any(last.value().archiveHolders(), holder)) {
                    findings.add(last.at("archiveHolders"), "Dòng lưu thiếu nơi lưu " + Texts.quoted(holder),
                            Texts.quoted(holder), Texts.quotedAll(last.value().archiveHolders()));
                }
            }
        }
    }
}
