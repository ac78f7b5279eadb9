package vn.thidua.rules.internal.check;

import java.util.List;
import java.util.regex.Pattern;

import vn.thidua.plan.DocumentNumber;
import vn.thidua.rules.internal.descriptor.PackDescriptor;

/**
 * {@code number-format}: number and symbol written the Nghị định 30/2020 way ({@code Số: 05/KH-BQL}).
 * Parameters: {@code symbols} accepted (default: the pack's {@code issuer.symbols}), {@code numberPattern}
 * (default: two digits or more, so numbers below 10 take a leading zero; with {@code issuer.numberDigits}
 * exactly that many digits, {@code 0012}), {@code allowDraft} (a blank
 * number, default true), {@code required} (default true).
 */
final class NumberFormatRule implements Rule {

    /** Type code, then agency groups: upper-case letters and digits joined by "-", no spaces. */
    private static final Pattern SYMBOL = Pattern.compile("[A-ZĐ]+(-[A-ZĐ0-9&]+)+");

    private final List<String> symbols;
    private final com.google.re2j.Pattern number;
    private final boolean allowDraft;
    private final boolean required;

    NumberFormatRule(Params params, PackDescriptor pack) {
        symbols = params.list("symbols", String.class, pack.issuer().symbols());
        Integer digits = pack.issuer().numberDigits();
        String fallback = digits == null ? "0[1-9]|[1-9][0-9]+" : fixedWidth(digits);
        String pattern = params.get("numberPattern", String.class, fallback);
        number = PackRegex.compile(pattern, 0, params.pointer("numberPattern"));
        allowDraft = params.get("allowDraft", Boolean.class, true);
        required = params.get("required", Boolean.class, true);
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        DocumentNumber given = context.plan().number();
        if (given == null) {
            if (required) {
                findings.add("/number", "Kế hoạch không có số, ký hiệu", "“Số: …/" + first() + "”", "(không có)");
            }
            return;
        }
        String symbol = given.symbol();
        if (!SYMBOL.matcher(symbol).matches()) {
            findings.add("/number/symbol", "Ký hiệu viết sai thể thức (chữ in hoa, nối bằng “-”, không có dấu cách)",
                    "dạng “KH-…” như " + Texts.quoted(first()), Texts.quoted(symbol));
        } else if (!symbols.isEmpty() && !symbols.contains(symbol)) {
            findings.add("/number/symbol", "Ký hiệu không phải của cơ quan ban hành", Texts.or(symbols), Texts.quoted(symbol));
        }
        if (given.isDraft()) {
            if (!allowDraft) {
                findings.add("/number/number", "Kế hoạch chưa có số", "số đã đăng ký", "số để trống");
            }
        } else if (!PackRegex.matches(number, given.number())) {
            findings.add("/number/number", "Số văn bản viết sai (số nhỏ hơn 10 phải có số 0 đứng trước, chỉ gồm chữ số)",
                    "số khớp " + Texts.quoted(number.pattern()), Texts.quoted(given.number()));
        }
    }

    /**
     * Exactly that many digits, leading zeros written, not all zeros ({@code 4} → {@code 0012}): one
     * alternative per count of leading zeros, because the linear-time engine has no lookahead.
     */
    static String fixedWidth(int digits) {
        StringBuilder pattern = new StringBuilder();
        for (int zeros = 0; zeros < digits; zeros++) {
            pattern.append(pattern.length() == 0 ? "" : "|").append("0".repeat(zeros)).append("[1-9]");
            int rest = digits - zeros - 1;
            if (rest > 0) {
                pattern.append("[0-9]{").append(rest).append('}');
            }
        }
        return pattern.toString();
    }

    private String first() {
        return symbols.isEmpty() ? "KH-…" : symbols.get(0);
    }
}
