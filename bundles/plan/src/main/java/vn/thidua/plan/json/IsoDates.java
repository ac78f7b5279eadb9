package vn.thidua.plan.json;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JacksonFeatureSet;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeFeature;
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
        this(LocalDateDeserializer.INSTANCE, DateTimeFormatter.ISO_LOCAL_DATE);
    }

    private IsoDates(LocalDateDeserializer base, DateTimeFormatter formatter) {
        super(base, formatter);
    }

    // Jackson makes a contextual copy for each property (its shape, leniency, features): the copy
    // stays an IsoDates; a date format of its own (withDateFormat) leaves the fast path.

    @Override
    protected LocalDateDeserializer withShape(JsonFormat.Shape shape) {
        return new IsoDates(super.withShape(shape), _formatter);
    }

    @Override
    protected LocalDateDeserializer withLeniency(Boolean leniency) {
        return new IsoDates(super.withLeniency(leniency), _formatter);
    }

    @Override
    public LocalDateDeserializer withFeatures(JacksonFeatureSet<JavaTimeFeature> features) {
        return new IsoDates(super.withFeatures(features), _formatter);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        // Jackson's own reads such a text with LocalDate.parse(text, ISO_LOCAL_DATE) whatever its leniency
        if (_formatter == DateTimeFormatter.ISO_LOCAL_DATE && parser.hasToken(JsonToken.VALUE_STRING)) {
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
