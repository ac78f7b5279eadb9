package vn.thidua.rules.internal.descriptor;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads a descriptor (YAML, or JSON, which YAML reads too) into a {@link PackDescriptor}: strictly,
 * every string in NFC, every error naming the JSON Pointer of the field at fault.
 */
public final class DescriptorReader {

    /** Classpath location of the published JSON Schema of descriptors. */
    public static final String SCHEMA_RESOURCE = "/vn/thidua/rules/rulepack.schema.json";

    private final ObjectMapper mapper = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    public PackDescriptor read(InputStream in) throws IOException {
        return read(tree(in));
    }

    public PackDescriptor read(String text) {
        try {
            return read(mapper.readTree(text));
        } catch (JsonProcessingException e) {
            throw new DescriptorException("", "not valid YAML/JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The descriptor as a tree (NFC), as the schema sees it. */
    public JsonNode tree(InputStream in) throws IOException {
        try {
            JsonNode tree = mapper.readTree(in);
            return tree == null ? mapper.missingNode() : nfc(tree);
        } catch (JsonProcessingException e) {
            throw new DescriptorException("", "not valid YAML/JSON: " + e.getOriginalMessage(), e);
        }
    }

    public PackDescriptor read(JsonNode tree) {
        if (tree == null || !tree.isObject()) {
            throw new DescriptorException("", "a descriptor is a mapping (format, pack, issuer, rules, template ...)");
        }
        try {
            return mapper.treeToValue(nfc(tree), PackDescriptor.class);
        } catch (JsonProcessingException e) {
            throw translate(e);
        } catch (IllegalArgumentException e) {
            throw new DescriptorException("", e.getMessage(), e);
        }
    }

    /** The published JSON Schema of descriptors (JSON Schema 2020-12), generated from {@link PackDescriptor}. */
    public String schema() {
        try (InputStream in = DescriptorReader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the descriptor schema is missing from the bundle: " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    private static JsonNode nfc(JsonNode node) {
        if (node.isTextual()) {
            String text = node.textValue();
            return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? node
                    : TextNode.valueOf(Normalizer.normalize(text, Normalizer.Form.NFC));
        }
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                field.setValue(nfc(field.getValue()));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, nfc(array.get(i)));
            }
        }
        return node;
    }

    private static DescriptorException translate(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return new DescriptorException("", e.getOriginalMessage(), e);
        }
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            pointer.append('/');
            if (ref.getFieldName() != null) {
                pointer.append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (ref.getIndex() >= 0) {
                pointer.append(ref.getIndex());
            }
        }
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            message = "unknown field '" + u.getPropertyName() + "'";
        } else if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            message = v.getCause().getMessage();
        } else if (e instanceof InvalidFormatException f) {
            message = "'" + f.getValue() + "' is not a valid "
                    + (f.getTargetType() == null ? "value" : f.getTargetType().getSimpleName())
                    + (f.getTargetType() != null && f.getTargetType().isEnum()
                            ? " (one of " + java.util.Arrays.toString(f.getTargetType().getEnumConstants()) + ")" : "");
        } else if (e instanceof MismatchedInputException m && m.getOriginalMessage().startsWith("Missing required")) {
            message = "is required but missing";
        } else {
            message = mapping.getOriginalMessage();
        }
        return new DescriptorException(pointer.toString(), message, e);
    }
}
