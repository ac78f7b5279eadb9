package vn.thidua.plan.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanFormatException;

/**
 * The JSON mapping of a plan. Strict on reading ({@link StrictReading}: unknown fields, missing
 * required fields and impossible values are refused with the JSON Pointer of the field at fault, in
 * the words of {@link JsonInputError}), canonical on writing
 * (component order, two-space indent, {@code \n} line ends, no empty fields), so the same plan always
 * writes the same bytes.
 */
public final class PlanJson {

    /** Classpath location of the published schema inside this bundle. */
    public static final String SCHEMA_RESOURCE = "/vn/thidua/plan/json/plan.schema.json";

    private final ObjectMapper mapper;
    private final ObjectWriter writer;

    public PlanJson() {
        mapper = StrictReading.apply(JsonMapper.builder())
                .addModule(new JavaTimeModule())
                // after JavaTimeModule, so that its LocalDate deserializer is the one found
                .addModule(new SimpleModule("plan-dates").addDeserializer(LocalDate.class, new IsoDates()))
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .serializationInclusion(JsonInclude.Include.NON_EMPTY)
                .build();
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        writer = mapper.writer(printer);
    }

    /** The mapper, for this package's tests. */
    ObjectMapper mapper() {
        return mapper;
    }

    /**
     * Reads a plan in the current schema or an older one; an older document is upgraded
     * ({@link SchemaUpgrade}) before it is bound, so the plan read is always current.
     */
    public Plan read(String json) {
        try {
            // a document that says it is current as its first field (as this class writes them) is bound
            // at once; any other is looked at as a tree first, and upgraded when it is older
            if (!startsCurrent(json)) {
                JsonNode tree = mapper.readTree(json);
                if (tree != null && SchemaUpgrade.needed(tree)) {
                    return mapper.treeToValue(SchemaUpgrade.toCurrent(tree), Plan.class);
                }
            }
            // a current document is bound from its text, so errors keep their line and column
            return mapper.readValue(json, Plan.class);
        } catch (JsonProcessingException e) {
            throw translate(e);
        }
    }

    /**
     * Reads a plan from UTF-8 bytes. A current, well-formed document is bound straight from the bytes
     * (decoding the whole body into a String first was a third of a posted validation's time); any
     * other, and any document the binding refuses, is read as text by {@link #read(String)}, so that
     * upgrades and errors (their line and column counted in characters) stay what they were.
     */
    public Plan read(InputStream json) {
        byte[] bytes;
        try {
            bytes = allOf(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (plainUtf8Object(bytes)) {
            try {
                if (startsCurrent(bytes)) {
                    return mapper.readValue(bytes, Plan.class);
                }
            } catch (IOException e) {
                // read again as text below, for the error as it has always been worded
            }
        }
        return read(new String(bytes, StandardCharsets.UTF_8));
    }

    /**
     * All of a stream, in one array of its length when the stream says how much is left, as a body
     * already in memory does through every wrapper around it. {@code readAllBytes} of a wrapped
     * stream reads 8 KB pieces and copies them into the result: three times the bytes of a posted plan.
     */
    private static byte[] allOf(InputStream in) throws IOException {
        int left = in.available();
        if (left <= 0) {
            return in.readAllBytes();
        }
        byte[] bytes = new byte[left];
        int read = in.readNBytes(bytes, 0, left);
        if (read < left) {
            return Arrays.copyOf(bytes, read);
        }
        int next = in.read();
        if (next < 0) {
            return bytes;
        }
        // more than the stream said: the rest as it comes
        ByteArrayOutputStream all = new ByteArrayOutputStream(left * 2);
        all.write(bytes);
        all.write(next);
        in.transferTo(all);
        return all.toByteArray();
    }

    /**
     * Whether Jackson would read these bytes as UTF-8, as {@code new String(bytes, UTF_8)} does: an
     * object's brace first, no byte order mark, and no zero byte among the first four (which would
     * make Jackson take them for UTF-16 or UTF-32).
     */
    private static boolean plainUtf8Object(byte[] bytes) {
        if (bytes.length < 4 || bytes[0] != '{') {
            return false;
        }
        for (int i = 1; i < 4; i++) {
            if (bytes[i] == 0) {
                return false;
            }
        }
        return true;
    }

    private boolean startsCurrent(byte[] json) {
        try (com.fasterxml.jackson.core.JsonParser parser = mapper.getFactory().createParser(json)) {
            return startsCurrent(parser);
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the document's first field is {@code "schemaVersion": }{@link Plan#SCHEMA_VERSION}. */
    private boolean startsCurrent(String json) {
        try (com.fasterxml.jackson.core.JsonParser parser = mapper.getFactory().createParser(json)) {
            return startsCurrent(parser);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean startsCurrent(com.fasterxml.jackson.core.JsonParser parser) throws IOException {
        return parser.nextToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT
                && parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME
                && SchemaUpgrade.VERSION_FIELD.equals(parser.currentName())
                && parser.nextToken() == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT
                && parser.getIntValue() == Plan.SCHEMA_VERSION;
    }

    /** The schema version the document is written in (1 when it names none), without reading the plan. */
    public int versionOf(String json) {
        try {
            JsonNode tree = mapper.readTree(json);
            return tree == null || !tree.isObject() ? 1 : SchemaUpgrade.versionOf(tree);
        } catch (JsonProcessingException e) {
            throw translate(e);
        }
    }

    public String write(Plan plan) {
        try {
            return writer.writeValueAsString(plan) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a plan value could not be written as JSON", e);
        }
    }

    public byte[] writeBytes(Plan plan) {
        return write(plan).getBytes(StandardCharsets.UTF_8);
    }

    /** The published JSON Schema of a plan document. */
    public String schema() {
        try (InputStream in = PlanJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the plan schema is missing from the bundle: " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PlanFormatException translate(JsonProcessingException e) {
        return new PlanFormatException(JsonInputError.of(e), e);
    }
}
