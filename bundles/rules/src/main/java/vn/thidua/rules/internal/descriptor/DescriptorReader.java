package vn.thidua.rules.internal.descriptor;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import vn.thidua.plan.json.JsonInputError;
import vn.thidua.plan.json.StrictReading;

/**
 * Reads a descriptor (YAML, or JSON, which YAML reads too) into a {@link PackDescriptor}: strictly
 * ({@link StrictReading}), every string in NFC, every error naming the JSON Pointer of the field at
 * fault and what it takes, in the words plans and the REST API use ({@link JsonInputError}).
 */
public final class DescriptorReader {

    /** Classpath location of the published JSON Schema of descriptors. */
    public static final String SCHEMA_RESOURCE = "/vn/thidua/rules/rulepack.schema.json";

    private final ObjectMapper mapper = StrictReading.apply(YAMLMapper.builder())
            .addModule(new JavaTimeModule())
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
            throw new DescriptorException(JsonInputError.of(e), e);
        }
    }

    /** The descriptor as a tree (NFC), as the schema sees it. */
    public JsonNode tree(InputStream in) throws IOException {
        try {
            JsonNode tree = mapper.readTree(in);
            return tree == null ? mapper.missingNode() : nfc(tree);
        } catch (JsonProcessingException e) {
            throw new DescriptorException(JsonInputError.of(e), e);
        }
    }

    public PackDescriptor read(JsonNode tree) {
        if (tree == null || !tree.isObject()) {
            throw new DescriptorException("", "a descriptor is a mapping (format, pack, issuer, rules, template ...)");
        }
        try {
            return mapper.treeToValue(nfc(tree), PackDescriptor.class);
        } catch (JsonProcessingException e) {
            throw new DescriptorException(JsonInputError.of(e), e);
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
}
