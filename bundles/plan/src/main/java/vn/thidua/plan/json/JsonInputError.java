package vn.thidua.plan.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import vn.thidua.plan.InvalidFieldException;

/**
 * What a JSON (or YAML) reader refused, said the one way the platform says it: the JSON Pointer
 * (RFC 6901) of the field at fault and what the field takes, in words, never a Java type:
 * {@code /year: must be a whole number, was '2025.5'}. Plans ({@code PlanJson}), rule-pack
 * descriptors and the REST API's bodies all translate Jackson's errors here, so the same mistake
 * reads the same wherever it is made. What was written is quoted back, cut at
 * {@value #QUOTE_LIMIT} characters.
 *
 * @param pointer the field at fault; for text that is not JSON at all, where reading broke off;
 *     {@code ""} for the whole document
 * @param reason what is wrong, without the pointer ({@code must be a whole number, was '2025.5'})
 * @param malformed true when the text is not JSON (or YAML) at all, false when it is but does not fit
 */
public record JsonInputError(String pointer, String reason, boolean malformed) {

    /** At most this many characters of the input are quoted back. */
    public static final int QUOTE_LIMIT = 200;

    private static final Pattern MISSING = Pattern.compile("Missing required creator property '([^']+)'");

    public JsonInputError {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(reason, "reason");
    }

    /** The translation of a reader's error. */
    public static JsonInputError of(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return malformed(e);
        }
        String pointer = pointer(mapping);
        if (e instanceof PropertyBindingException unknown) {
            return new JsonInputError(pointer, "unknown field " + quoted(unknown.getPropertyName())
                    + known(unknown.getKnownPropertyIds()), false);
        }
        if (e instanceof InvalidTypeIdException type) {
            return typeId(pointer, type);
        }
        if (e instanceof ValueInstantiationException refused) {
            return refused(pointer, refused.getCause());
        }
        if (e instanceof MismatchedInputException mismatch) {
            if (String.valueOf(mismatch.getOriginalMessage()).startsWith("Trailing token")) {
                return malformed(e, "", "more follows the value");
            }
            Matcher missing = MISSING.matcher(String.valueOf(mismatch.getOriginalMessage()));
            if (missing.find()) {
                String field = escape(missing.group(1));
                return new JsonInputError(pointer.endsWith("/" + field) ? pointer : pointer + "/" + field, "is required", false);
            }
            String was = mismatch instanceof InvalidFormatException format ? written(format.getValue()) : current(mismatch);
            return new JsonInputError(pointer, "must be " + takes(mismatch.getTargetType()) + (was == null ? "" : ", was " + was),
                    false);
        }
        InputCoercionException range = cause(e, InputCoercionException.class);
        if (range != null) {
            return new JsonInputError(pointer, "must be " + takes(range.getTargetType()) + range(range.getTargetType())
                    + ", was " + number(range.getProcessor()), false);
        }
        return new JsonInputError(pointer, "is not a value this field takes", false);
    }

    /** {@code pointer: reason}; for the whole document or text that is not JSON, the reason alone. */
    public String message() {
        return pointer.isEmpty() || malformed ? reason : pointer + ": " + reason;
    }

    @Override
    public String toString() {
        return message();
    }

    private static JsonInputError malformed(JsonProcessingException e) {
        String pointer = e.getProcessor() instanceof JsonParser parser ? parser.getParsingContext().pathAsPointer().toString() : "";
        return malformed(e, pointer, firstWords(e.getOriginalMessage()));
    }

    private static JsonInputError malformed(JsonProcessingException e, String pointer, String why) {
        JsonLocation at = e.getLocation();
        StringBuilder reason = new StringBuilder("not valid ").append(format(e));
        if (at != null && at.getLineNr() > 0) {
            reason.append(" at line ").append(at.getLineNr()).append(", column ").append(at.getColumnNr());
        }
        if (!pointer.isEmpty()) {
            reason.append(", in ").append(pointer);
        }
        if (!why.isEmpty()) {
            reason.append(": ").append(why);
        }
        return new JsonInputError(pointer, reason.toString(), true);
    }

    /** JSON, or YAML when a YAML reader read it (the format is its factory's). */
    private static String format(JsonProcessingException e) {
        if (e.getProcessor() instanceof JsonParser parser) {
            ObjectCodec codec = parser.getCodec();
            if (codec != null && codec.getFactory() != null) {
                return codec.getFactory().getFormatName();
            }
        }
        return "JSON";
    }

    /**
     * The reader's own words on why the text is not JSON, without the excerpts of the input that
     * YAML quotes on lines of their own, and without Jackson's "(start marker at [Source ...])".
     */
    private static String firstWords(String message) {
        if (message == null) {
            return "";
        }
        String words = Arrays.stream(message.split("\n"))
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .collect(Collectors.joining("; "));
        int marker = words.indexOf(" (start marker at");
        if (marker >= 0) {
            words = words.substring(0, marker);
        }
        return cut(words.strip());
    }

    private static JsonInputError typeId(String pointer, InvalidTypeIdException e) {
        Class<?> base = e.getBaseType() == null ? null : e.getBaseType().getRawClass();
        JsonTypeInfo info = base == null ? null : base.getAnnotation(JsonTypeInfo.class);
        JsonSubTypes subtypes = base == null ? null : base.getAnnotation(JsonSubTypes.class);
        String property = info == null || info.property().isEmpty() ? "type" : info.property();
        String names = subtypes == null ? "" : Arrays.stream(subtypes.value()).map(JsonSubTypes.Type::name)
                .collect(Collectors.joining(", "));
        String at = pointer + "/" + escape(property);
        if (e.getTypeId() == null) {
            return new JsonInputError(at, "is required" + (names.isEmpty() ? "" : ": one of " + names), false);
        }
        return new JsonInputError(at, "must be " + (names.isEmpty() ? "a known kind" : "one of " + names)
                + ", was " + quoted(e.getTypeId()), false);
    }

    /** A value's constructor refused it: a plan value names the field at fault, others say why. */
    private static JsonInputError refused(String pointer, Throwable cause) {
        if (cause instanceof InvalidFieldException field) {
            // a field inside a list of the value is named by its path: rows/2/cells
            String path = java.util.Arrays.stream(field.field().split("/")).map(JsonInputError::escape)
                    .collect(java.util.stream.Collectors.joining("/"));
            return new JsonInputError(pointer + "/" + path, cut(field.reason()), false);
        }
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            return new JsonInputError(pointer, cut(cause.getMessage()), false);
        }
        return new JsonInputError(pointer, "is not a value this field takes", false);
    }

    /** What a JSON value of this Java type looks like, for people. */
    static String takes(Class<?> type) {
        if (type == null) {
            return "a value of another kind";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class || type == short.class
                || type == Short.class || type == byte.class || type == Byte.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == BigDecimal.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == LocalDate.class) {
            return "a date as YYYY-MM-DD";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    private static String range(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return " from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == long.class || type == Long.class) {
            return " from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        return "";
    }

    /** What the reader stood on when it refused: the value written, or the kind of value. */
    private static String current(MismatchedInputException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return null;
        }
        JsonToken token = parser.currentToken();
        if (token == null) {
            return "nothing";
        }
        switch (token) {
            case START_ARRAY:
                return "an array";
            case START_OBJECT:
            case FIELD_NAME:
            case END_OBJECT:
                return "an object";
            case VALUE_NULL:
                return "null";
            case VALUE_TRUE:
                return "true";
            case VALUE_FALSE:
                return "false";
            case VALUE_STRING: {
                String text = text(parser);
                return text == null ? "a string" : quoted(text);
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return number(parser);
            default:
                return null;
        }
    }

    /** The number the parser stands on, as written when it still has the text. */
    private static String number(JsonParser parser) {
        String text = parser == null ? null : text(parser);
        if (text != null && !text.isEmpty()) {
            return cut(text);
        }
        try {
            return parser == null ? "a number" : cut(parser.getNumberValue().toString());
        } catch (java.io.IOException | RuntimeException e) {
            return "a number";
        }
    }

    /** The parser's current text; null when the parser has already let go of it. */
    private static String text(JsonParser parser) {
        try {
            return parser.getText();
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    private static String written(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return quoted(text);
        }
        if (value instanceof Number || value instanceof Boolean) {
            return cut(value.toString());
        }
        if (value instanceof Map || value instanceof Collection) {
            return value instanceof Map ? "an object" : "an array";
        }
        return quoted(value.toString());
    }

    private static String known(Collection<Object> fields) {
        if (fields == null || fields.isEmpty()) {
            return "";
        }
        List<String> names = fields.stream().map(String::valueOf).sorted().toList();
        return cut(" (known: " + String.join(", ", names)) + ")";
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                pointer.append('/').append(escape(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                pointer.append('/').append(ref.getIndex());
            }
        }
        return pointer.toString();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String quoted(String text) {
        return "'" + cut(text) + "'";
    }

    private static String cut(String text) {
        return text.length() <= QUOTE_LIMIT ? text : text.substring(0, QUOTE_LIMIT) + "…";
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> kind) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return kind.cast(cause);
            }
        }
        return null;
    }
}
