package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.nfc;
import static vn.thidua.plan.internal.Values.required;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/**
 * Number and symbol (số, ký hiệu): {@code Số: 08/KH-TDMNPB}. The number is blank in a draft
 * ({@code Số: /KH-KCN}) until the clerk registers the document.
 *
 * @param number the registered number as written ({@code 08}), or null while a draft
 * @param symbol the symbol ({@code KH-TDMNPB}): document type code and agency abbreviation
 * @param text the line as written in the document
 */
@PlanValue
public record DocumentNumber(String number, @JsonProperty(required = true) String symbol, String text) {

    public DocumentNumber {
        number = nfc(number);
        symbol = required(symbol, "symbol");
        text = text == null ? format(number, symbol) : nfc(text);
    }

    /** A number written the Nghị định 30/2020 way: numbers below 10 take a leading zero, no spaces. */
    public static DocumentNumber of(Integer number, String symbol) {
        String written = number == null ? null : String.format("%02d", number);
        return new DocumentNumber(written, symbol, null);
    }

    /** {@code Số: 08/KH-TDMNPB}, or {@code Số: /KH-KCN} while the number is blank. */
    public static String format(String number, String symbol) {
        return "Số: " + (number == null ? "" : number) + "/" + symbol;
    }

    public boolean isDraft() {
        return number == null || number.isBlank();
    }
}
