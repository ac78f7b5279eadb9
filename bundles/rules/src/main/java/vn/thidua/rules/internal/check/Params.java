package vn.thidua.rules.internal.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.thidua.plan.json.JsonInputError;
import vn.thidua.rules.internal.descriptor.DescriptorException;

/**
 * The parameters of one rule as the descriptor gives them, read by the rule type. Each read names the
 * parameter and gives the default the pack's content supplies; what was used, defaults included,
 * becomes the rule's effective parameters, and a parameter no read asked for is refused.
 */
public final class Params {

    private final ObjectMapper mapper;
    private final ObjectNode given;
    private final ObjectNode effective;
    private final String pointer;
    private final Set<String> read = new HashSet<>();

    public Params(ObjectMapper mapper, ObjectNode given, String pointer) {
        this.mapper = mapper;
        this.given = given == null ? mapper.createObjectNode() : given;
        this.effective = mapper.createObjectNode();
        this.pointer = pointer;
    }

    public <T> T get(String name, Class<T> type, T fallback) {
        return get(name, mapper.constructType(type), fallback);
    }

    public <T> T get(String name, TypeReference<T> type, T fallback) {
        return get(name, mapper.constructType(type), fallback);
    }

    public <T> List<T> list(String name, Class<T> element, List<T> fallback) {
        return get(name, mapper.getTypeFactory().constructCollectionType(List.class, element), fallback);
    }

    public <T> T required(String name, Class<T> type) {
        T value = get(name, type, null);
        if (value == null) {
            throw new DescriptorException(pointer + "/" + name, "is required for this rule type");
        }
        return value;
    }

    private <T> T get(String name, JavaType type, T fallback) {
        read.add(name);
        JsonNode node = given.get(name);
        T value;
        if (node == null || node.isNull()) {
            value = fallback;
        } else {
            try {
                value = mapper.convertValue(node, type);
            } catch (IllegalArgumentException e) {
                if (e.getCause() instanceof JsonProcessingException json) {
                    JsonInputError error = JsonInputError.of(json);
                    throw new DescriptorException(pointer + "/" + name + error.pointer(), error.reason(), e);
                }
                throw new DescriptorException(pointer + "/" + name, rootMessage(e), e);
            }
        }
        if (value != null) {
            effective.set(name, mapper.valueToTree(value));
        }
        return value;
    }

    /** Whether the descriptor gives the parameter (else the rule reads its default). */
    public boolean given(String name) {
        JsonNode node = given.get(name);
        return node != null && !node.isNull();
    }

    /** The JSON Pointer of a parameter in the descriptor. */
    public String pointer(String name) {
        return pointer + "/" + name;
    }

    /** Wraps a problem a rule type found in a parameter's value. */
    public DescriptorException invalid(String name, String message) {
        return new DescriptorException(pointer + "/" + name, message);
    }

    /** Refuses the parameters no read asked for. */
    public void finish() {
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> names = given.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!read.contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new DescriptorException(pointer + "/" + unknown.get(0), "unknown parameter '" + unknown.get(0)
                    + "' (this rule type takes " + String.join(", ", read.stream().sorted().toList()) + ")");
        }
    }

    /** The parameters in effect, defaults included, as JSON-like values. */
    public Map<String, Object> effective() {
        return mapper.convertValue(effective, new TypeReference<Map<String, Object>>() { });
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        int cut = message.indexOf('\n');
        return cut < 0 ? message : message.substring(0, cut);
    }
}
