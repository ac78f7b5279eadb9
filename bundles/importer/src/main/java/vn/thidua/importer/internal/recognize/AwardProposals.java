package vn.thidua.importer.internal.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.thidua.plan.AwardProposal;
import vn.thidua.plan.AwardQuota;
import vn.thidua.plan.QuotaBound;
import vn.thidua.plan.RecipientKind;
import vn.thidua.plan.text.VietnameseNumbers;

/**
 * An award proposal read from the clause that makes it, with its counts as quotas:
 * {@code [Đề nghị] <grantor> tặng <form> cho <count> <kind>[, | và <count> <kind>]... [<standard>]}.
 * A count is bounded by the words before it ({@code ít nhất}, {@code tối thiểu}: at least;
 * {@code không quá}, {@code tối đa}: at most; none: exact), and a count written without its own
 * bound word inside an enumeration takes the bound of the one before ({@code ít nhất 10 tập thể
 * và 10 cá nhân}: both at least). A rate is a count with {@code %}; a per-unit quota is written
 * {@code 01 cá nhân/01 đơn vị} or after {@code mỗi <unit> (đề nghị)}. What follows the last count
 * is the standard the candidates must meet ({@code có thành tích xuất sắc trong năm}).
 */
final class AwardProposals {

    private static final String KINDS = "doanh nghiệp|tập thể|cá nhân|hộ gia đình";
    private static final String BOUND = "ít nhất|tối thiểu|không quá|không vượt quá|tối đa";
    private static final String FORM = "Cờ thi đua|Bằng khen|Giấy khen";
    private static final String PER = "đơn vị|cơ quan|doanh nghiệp|trường học|xã, phường|xã|phường|huyện|\\p{L}+";
    private static final String COUNTS = "((?:(?:" + BOUND + ")\\s+)?\\d+(?:,\\d+)?\\s*%?\\s*(?:" + KINDS + ").*)$";
    private static final String EACH = "(?:mỗi\\s+(" + PER + ")\\s+(?:đề nghị\\s+)?)?";
    /** {@code Chủ tịch UBND tỉnh tặng Bằng khen cho ít nhất 10 tập thể ...} */
    private static final Pattern GRANTOR_FIRST = Pattern.compile(
            "^(?:Đề nghị\\s+)?(.+?)\\s+tặng\\s+(" + FORM + ")\\s+cho\\s+" + EACH + COUNTS);
    /** {@code Bằng khen của Chủ tịch UBND tỉnh: mỗi đơn vị đề nghị không quá 02 tập thể, 03 cá nhân} */
    private static final Pattern FORM_FIRST = Pattern.compile(
            "^(" + FORM + ")\\s+(?:của\\s+)?(.+?)\\s*:\\s*" + EACH + COUNTS);
    private static final Pattern QUOTA = Pattern.compile(
            "^(?:(" + BOUND + ")\\s+)?(\\d+(?:,\\d+)?)\\s*(%)?\\s*(" + KINDS + ")(?:\\s*/\\s*0*1\\s+(" + PER + "))?");
    private static final Pattern SEPARATOR = Pattern.compile("^(?:\\s*,\\s*|\\s+và\\s+|\\s+hoặc\\s+)");

    private AwardProposals() {
    }

    /** The proposal the clause makes, or null when it makes none. */
    static AwardProposal of(String clause) {
        String grantor;
        String form;
        Matcher p = GRANTOR_FIRST.matcher(clause.strip());
        if (p.matches()) {
            grantor = p.group(1).strip();
            form = p.group(2);
        } else {
            p = FORM_FIRST.matcher(clause.strip());
            if (!p.matches()) {
                return null;
            }
            form = p.group(1);
            grantor = p.group(2).strip();
        }
        String perAll = p.group(3);
        String rest = p.group(4);
        List<AwardQuota> quotas = new ArrayList<>();
        List<RecipientKind> kinds = new ArrayList<>();
        boolean either = false;
        QuotaBound carried = null;
        while (true) {
            Matcher q = QUOTA.matcher(rest);
            if (!q.find()) {
                break;
            }
            QuotaBound bound = bound(q.group(1));
            if (bound == null) {
                bound = carried == null ? QuotaBound.EXACT : carried;
            }
            carried = bound;
            RecipientKind kind = kind(q.group(4));
            String per = q.group(5) != null ? q.group(5) : perAll;
            quotas.add(new AwardQuota(bound, VietnameseNumbers.parse(q.group(2)), q.group(3) != null, kind, per,
                    q.group().strip()));
            if (!kinds.contains(kind)) {
                kinds.add(kind);
            }
            rest = rest.substring(q.end());
            Matcher s = SEPARATOR.matcher(rest);
            if (!s.find() || !QUOTA.matcher(rest.substring(s.end())).find()) {
                break;
            }
            either |= s.group().strip().equals("hoặc");
            rest = rest.substring(s.end());
        }
        String standard = rest.strip().replaceAll("^[,;:]\\s*", "").replaceAll("[.;,]+$", "").strip();
        RecipientKind single = kinds.size() == 1 ? kinds.get(0) : null;
        return new AwardProposal(null, form, grantor, null, single, single == null ? kinds : null, either && kinds.size() > 1,
                null, quotas, standard.isEmpty() ? null : List.of(standard), null, null, clause.strip(), null);
    }

    private static QuotaBound bound(String words) {
        if (words == null) {
            return null;
        }
        return words.equals("ít nhất") || words.equals("tối thiểu") ? QuotaBound.AT_LEAST : QuotaBound.AT_MOST;
    }

    static RecipientKind kind(String words) {
        return switch (words) {
            case "doanh nghiệp" -> RecipientKind.ENTERPRISE;
            case "tập thể" -> RecipientKind.COLLECTIVE;
            case "hộ gia đình" -> RecipientKind.HOUSEHOLD;
            default -> RecipientKind.INDIVIDUAL;
        };
    }
}
