package vn.thidua.plan.text;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Numbers as Vietnamese writes them: a dot groups thousands, a comma marks decimals
 * ({@code 540.000}, {@code 1,2}, {@code 1.234,5}).
 */
public final class VietnameseNumbers {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(\\.\\d{3})*(,\\d+)?|\\d+(,\\d+)?");

    private VietnameseNumbers() {
    }

    public static BigDecimal parse(String text) {
        String t = text.strip();
        if (!NUMBER.matcher(t).matches()) {
            throw new IllegalArgumentException("not a number written the Vietnamese way (1.234,5): '" + text + "'");
        }
        return new BigDecimal(t.replace(".", "").replace(',', '.'));
    }

    /** {@code 540.000}, {@code 1,2}: thousands grouped by dots, decimals after a comma. */
    public static String format(BigDecimal value) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat("#,##0.###", symbols);
        format.setParseBigDecimal(true);
        return format.format(value);
    }
}
