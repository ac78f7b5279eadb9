package vn.thidua.plan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

import vn.thidua.plan.Plan;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.plan.seed.SeedText;

/**
 * The published schema is generated from the model's types, so it cannot drift from what the codec
 * reads. To regenerate after a model change: {@code mvn test -Dtest=PlanSchemaTest -Dthidua.schema.update=true}.
 */
class PlanSchemaTest {

    private static final Path COMMITTED = Path.of("src/main/resources" + PlanJson.SCHEMA_RESOURCE);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static String generate() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.DEFINITIONS_FOR_ALL_OBJECTS,
                        Option.PLAIN_DEFINITION_KEYS);
        ObjectNode schema = mergeSubtypeDefinitions(new SchemaGenerator(config.build()).generateSchema(Plan.class));
        ObjectNode published = MAPPER.createObjectNode();
        published.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        published.put("$id", "https://thidua.vn/schema/plan/2.0.0/plan.schema.json");
        published.put("title", "Kế hoạch thi đua (emulation-movement plan)");
        published.put("description", "A plan of a provincial board, People's Committee, department or bloc, element by "
                + "element in document order; generated from the vn.thidua.plan types.");
        schema.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("$schema")) {
                published.set(e.getKey(), e.getValue());
            }
        });
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(published).replace("\r\n", "\n") + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The generator describes each block type twice: "X-1" (its own fields, closed to others) and
     * "X-2" (X-1 plus the "type" discriminator), which no document can satisfy. Merge them into one
     * closed "X" with the discriminator as a required field.
     */
    private static ObjectNode mergeSubtypeDefinitions(ObjectNode schema) {
        ObjectNode defs = (ObjectNode) schema.get("$defs");
        java.util.List<String> wrappers = new java.util.ArrayList<>();
        defs.fieldNames().forEachRemaining(n -> {
            if (n.endsWith("-2")) {
                wrappers.add(n.substring(0, n.length() - 2));
            }
        });
        for (String base : wrappers) {
            ObjectNode wrapper = (ObjectNode) defs.remove(base + "-2");
            ObjectNode plain = (ObjectNode) defs.remove(base + "-1");
            ObjectNode merged = plain.deepCopy();
            ObjectNode properties = MAPPER.createObjectNode();
            properties.set("type", wrapper.get("properties").get("type"));
            properties.setAll((ObjectNode) plain.get("properties"));
            merged.set("properties", properties);
            com.fasterxml.jackson.databind.node.ArrayNode required = MAPPER.createArrayNode().add("type");
            if (plain.has("required")) {
                plain.get("required").forEach(required::add);
            }
            merged.set("required", required);
            merged.put("additionalProperties", false);
            defs.set(base, merged);
        }
        try {
            String text = MAPPER.writeValueAsString(schema).replaceAll("(#/\\$defs/\\w+)-[12]\"", "$1\"");
            ObjectNode result = (ObjectNode) MAPPER.readTree(text);
            ObjectNode sorted = MAPPER.createObjectNode();
            java.util.TreeMap<String, JsonNode> byName = new java.util.TreeMap<>();
            result.get("$defs").fields().forEachRemaining(e -> byName.put(e.getKey(), e.getValue()));
            byName.forEach(sorted::set);
            result.set("$defs", sorted);
            return result;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void publishedSchemaIsTheOneTheTypesGenerate() throws IOException {
        String generated = generate();
        if (Boolean.getBoolean("thidua.schema.update")) {
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }
        assertThat(new PlanJson().schema())
                .as("plan.schema.json is stale; regenerate with -Dthidua.schema.update=true")
                .isEqualTo(generated);
    }

    static Stream<String> seeds() {
        return SeedText.SEEDS.stream();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyFixtureConformsToThePublishedSchema(String seed) throws IOException {
        Set<ValidationMessage> errors = schema().validate(MAPPER.readTree(Fixtures.json(seed)));
        assertThat(errors).as("schema violations of fixture %s", seed).isEmpty();
    }

    @Test
    void schemaRefusesAPlanWithoutSummaryOrWithAnUnknownField() throws IOException {
        ObjectNode plan = (ObjectNode) MAPPER.readTree(Fixtures.json("003_44668950db2da263"));
        plan.remove("summary");
        plan.put("tieuDe", "x");
        Set<ValidationMessage> errors = schema().validate(plan);
        assertThat(errors).extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("summary"))
                .anySatisfy(m -> assertThat(m).contains("tieuDe"));
    }

    private static JsonSchema schema() throws IOException {
        JsonNode node = MAPPER.readTree(new PlanJson().schema());
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
    }
}
