package vn.thidua.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import vn.thidua.plan.Province;
import vn.thidua.rules.internal.descriptor.DescriptorException;
import vn.thidua.rules.internal.descriptor.DescriptorReader;
import vn.thidua.rules.internal.descriptor.PackDescriptor;

/**
 * The published schema of pack descriptors is generated from {@link PackDescriptor}, the types the
 * reader binds, so it cannot drift from what the reader accepts. To regenerate after a change of the
 * descriptor types: {@code mvn test -Dtest=RulePackSchemaTest -Dthidua.schema.update=true} in bundles/rules.
 */
class RulePackSchemaTest {

    private static final Path COMMITTED = Path.of("src/main/resources" + DescriptorReader.SCHEMA_RESOURCE);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DescriptorReader READER = new DescriptorReader();

    static String generate() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.DEFINITIONS_FOR_ALL_OBJECTS,
                        Option.PLAIN_DEFINITION_KEYS);
        // Plan JSON fragments and rule parameters: their shape is the plan schema's, or the rule type's.
        config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            if (type.isInstanceOf(ObjectNode.class)) {
                return new CustomDefinition(
                        MAPPER.createObjectNode().put("type", "object"),
                        CustomDefinition.DefinitionType.INLINE,
                        CustomDefinition.AttributeInclusion.NO);
            }
            if (type.isInstanceOf(ArrayNode.class)) {
                return new CustomDefinition(
                        MAPPER.createObjectNode().put("type", "array"),
                        CustomDefinition.DefinitionType.INLINE,
                        CustomDefinition.AttributeInclusion.NO);
            }
            return null;
        });
        ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(PackDescriptor.class);
        constrain(schema);
        ObjectNode published = MAPPER.createObjectNode();
        published.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        published.put("$id", "https://thidua.vn/schema/rulepack/1/rulepack.schema.json");
        published.put("title", "Bộ quy tắc thi đua của tỉnh (province rule pack descriptor)");
        published.put("description", "A province rule pack: identity and period, issuing-body defaults, outline, task"
                + " layout, calendar, award laws and quotas, defaults, rules (built-in types with parameters, or"
                + " sandboxed JEXL expressions) and the template (plan JSON with {year} placeholders). Generated from"
                + " vn.thidua.rules.internal.descriptor.PackDescriptor; plan JSON fragments follow plan.schema.json.");
        schema.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("$schema")) {
                published.set(e.getKey(), e.getValue());
            }
        });
        ObjectNode sorted = MAPPER.createObjectNode();
        TreeMap<String, JsonNode> byName = new TreeMap<>();
        published.get("$defs").fields().forEachRemaining(e -> byName.put(e.getKey(), e.getValue()));
        byName.forEach(sorted::set);
        published.set("$defs", sorted);
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(published).replace("\r\n", "\n") + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the loader checks beyond the types, stated in the schema too, so that editors flag it. */
    private static void constrain(ObjectNode schema) {
        ObjectNode format = (ObjectNode) schema.with("properties").get("format");
        format.put("const", 1);
        ObjectNode defs = (ObjectNode) schema.get("$defs");
        String words = "^[a-z0-9]+(-[a-z0-9]+)*$";
        String provinceCode = "^" + Province.CODE_PATTERN + "$";
        ((ObjectNode) defs.get("ProvinceSpec").get("properties").get("code")).put("pattern", provinceCode);
        ((ObjectNode) defs.get("Identity").get("properties").get("succeeds")).put("pattern", provinceCode);
        ((ObjectNode) defs.get("Identity").get("properties").get("version")).put("pattern", "^\\d+(\\.\\d+){0,2}(\\.[\\w-]+)?$");
        ((ObjectNode) defs.get("RuleSpec").get("properties").get("id")).put("pattern", words);
        ((ObjectNode) defs.get("DeadlineSpec").get("properties").get("date")).put("pattern", "^([+-]\\d-)?\\d{2}-\\d{2}$");
        // The labels of each task field: keys are TaskField names, values lists of labels.
        defs.remove(defs.get("TaskLayoutSpec").get("properties").get("labels").get("$ref").asText().substring("#/$defs/".length()));
        ObjectNode labels = ((ObjectNode) defs.get("TaskLayoutSpec").get("properties")).putObject("labels");
        labels.put("type", "object");
        labels.putObject("propertyNames").put("$ref", "#/$defs/TaskField");
        labels.putObject("additionalProperties").put("type", "array").putObject("items").put("type", "string");
        // Windows and templates by plan kind: keys are PlanKind names.
        // (the generator writes a map keyed by an enum as an object with no properties: state keys and values here)
        String yearDay = "^([+-]\\d-)?\\d{2}-\\d{2}$";
        ObjectNode window = MAPPER.createObjectNode().put("type", "object").put("additionalProperties", false);
        window.putObject("properties").<ObjectNode>set("from", MAPPER.createObjectNode().put("type", "string").put("pattern", yearDay))
                .<ObjectNode>set("to", MAPPER.createObjectNode().put("type", "string").put("pattern", yearDay))
                .set("event", MAPPER.createObjectNode().put("type", "string"));
        window.putArray("required").add("from").add("to");
        defs.set("WindowSpec", window);
        for (String byKind : new String[] {"windows", "templates"}) {
            String def = schema.get("properties").get(byKind).get("$ref").asText().substring("#/$defs/".length());
            ObjectNode map = (ObjectNode) defs.get(def);
            map.remove("additionalProperties");
            map.putObject("propertyNames").put("$ref", "#/$defs/PlanKind");
            if (byKind.equals("windows")) {
                map.putObject("additionalProperties").put("$ref", "#/$defs/WindowSpec");
            } else {
                map.putObject("additionalProperties").put("type", "object");
            }
        }
        ((ObjectNode) defs.get("Issuer").get("properties").get("numberDigits")).put("minimum", 1).put("maximum", 6);
    }

    @Test
    void publishedSchemaIsTheOneTheTypesGenerate() throws IOException {
        String generated = generate();
        if (Boolean.getBoolean("thidua.schema.update")) {
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }
        assertThat(READER.schema())
                .as("rulepack.schema.json is stale; regenerate with -Dthidua.schema.update=true")
                .isEqualTo(generated);
    }

    static Stream<URL> shipped() {
        return ShippedPacks.descriptors().stream();
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void everyShippedDescriptorConformsToThePublishedSchema(URL descriptor) throws IOException {
        assertThat(ShippedPacks.descriptors()).hasSize(8);

        assertThat(schema().validate(tree(descriptor))).as("schema violations of %s", descriptor).isEmpty();
    }

    @Test
    void aBrokenDescriptorDoesNotConformAndTheReaderRefusesItToo() throws IOException {
        ObjectNode broken = (ObjectNode) tree(ShippedPacks.descriptors().get(0));
        ((ObjectNode) broken.get("pack")).remove("version");
        ((ObjectNode) broken.get("pack").get("province")).put("code", "Bắc Giang");
        ((ObjectNode) broken.get("rules").get(0)).put("severity", "FATAL").remove("id");
        ((ObjectNode) broken.get("calendar").get("deadlines").get(0)).put("date", "31/3");
        broken.put("format", 2).put("tinh", "x");

        Set<ValidationMessage> errors = schema().validate(broken);

        assertThat(errors).extracting(ValidationMessage::getMessage)
                .containsExactlyInAnyOrder(
                        "$.pack: required property 'version' not found",
                        "$.pack.province.code: does not match the regex pattern ^[a-z]+(-[a-z]+)*$",
                        "$.rules[0]: required property 'id' not found",
                        "$.rules[0].severity: does not have a value in the enumeration [\"ERROR\", \"WARNING\", \"INFO\"]",
                        "$.calendar.deadlines[0].date: does not match the regex pattern ^([+-]\\d-)?\\d{2}-\\d{2}$",
                        "$.format: must be the constant value '1'",
                        "$: property 'tinh' is not defined in the schema and the schema does not allow additional properties");
        assertThatThrownBy(() -> READER.read(broken)).isInstanceOf(DescriptorException.class);
    }

    private static JsonNode tree(URL descriptor) throws IOException {
        try (InputStream in = descriptor.openStream()) {
            return READER.tree(in);
        }
    }

    private static JsonSchema schema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(MAPPER.readTree(READER.schema()));
    }
}
