package vn.thidua.plan.json;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

/**
 * Reads a plan's dates ({@code 2024-06-30}) with {@code LocalDate.of} instead of the ISO formatter:
 * the formatter's resolving was a thirtieth of reading a posted plan. Only a text of exactly four digits,
 * a dash, two digits, a dash and two digits that names a real day is read here; anything else (other
 * shapes, {@code 2024-02-30}, numbers, arrays) goes to Jackson's own deserializer, so what it accepts
 * and every error it gives stay as they were ({@code PlanJsonTest}).
 */
final class IsoDates extends LocalDateDeserializer {

    private static final long serialVersionUID = 1L;

    IsoDates() {
        super(LocalDateDeserializer.INSTANCE, DateTimeFormatter.ISO_LOCAL_DATE);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            LocalDate date = plain(parser.getText());
            if (date != null) {
                return date;
            }
        }
        return super.deserialize(parser, context);
    }

    /** The day a plain {@code yyyy-MM-dd} names, or null to leave the text to the ISO formatter. */
    static LocalDate plain(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
