package vn.thidua.plan.json;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.thidua.plan.IssuerKind;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanFormatException;

/**
 * Brings a plan document written in an older schema to the current one ({@link Plan#SCHEMA_VERSION}),
 * as a pure function of the JSON tree: the document given is not changed.
 *
 * <p>Schema 1 (no {@code schemaVersion}, or {@code 1}) is schema 2 without the version and without
 * the issuer's kind: every schema 1 plan was written by an industrial-park board, so the upgrade
 * says {@code "kind": "BOARD"}. Everything schema 2 adds is optional, so nothing else changes.
 */
public final class SchemaUpgrade {

    /** The field that names the schema version. */
    public static final String VERSION_FIELD = "schemaVersion";

    private SchemaUpgrade() {
    }

    /**
     * The version a document is written in: 1 when it names none.
     *
     * @throws PlanFormatException at {@code /schemaVersion} when the version is not one this platform reads
     */
    public static int versionOf(JsonNode document) {
        JsonNode version = document.get(VERSION_FIELD);
        if (version == null) {
            return 1;
        }
        if (!version.isIntegralNumber() || version.asInt() < 1 || version.asInt() > Plan.SCHEMA_VERSION) {
            throw new PlanFormatException("/" + VERSION_FIELD, "must be 1 or " + Plan.SCHEMA_VERSION + ", was '"
                    + version + "'", null);
        }
        return version.asInt();
    }

    /** True when the document must be upgraded before it is read as a {@link Plan}. */
    public static boolean needed(JsonNode document) {
        return document.isObject() && versionOf(document) < Plan.SCHEMA_VERSION;
    }

    /** The document in the current schema: itself when it already is, an upgraded copy otherwise. */
    public static JsonNode toCurrent(JsonNode document) {
        if (!needed(document)) {
            return document;
        }
        return v1ToV2((ObjectNode) document);
    }

    /** Schema 1 to 2: the version first, and the issuer's kind, a board. */
    static ObjectNode v1ToV2(ObjectNode v1) {
        ObjectNode v2 = JsonNodeFactory.instance.objectNode();
        v2.put(VERSION_FIELD, 2);
        for (Iterator<Map.Entry<String, JsonNode>> fields = v1.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equals(VERSION_FIELD)) {
                continue;
            }
            JsonNode value = field.getValue().deepCopy();
            if (field.getKey().equals("issuer") && value instanceof ObjectNode issuer && !issuer.has("kind")) {
                issuer.put("kind", IssuerKind.BOARD.name());
            }
            v2.set(field.getKey(), value);
        }
        return v2;
    }
}
