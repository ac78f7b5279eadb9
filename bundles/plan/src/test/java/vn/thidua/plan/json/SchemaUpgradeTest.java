package vn.thidua.plan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.thidua.plan.IssuerKind;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanFormatException;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.plan.seed.SeedText;
import vn.thidua.plan.text.ReadingOrder;

/**
 * Schema 1 documents, as today's main wrote the five seeds ({@code src/test/resources/v1}), read as
 * schema 2 plans: the same plan as the schema 2 fixture, the same reading order, by a pure upgrade.
 */
class SchemaUpgradeTest {

    private static final PlanJson JSON = new PlanJson();
    private static final ObjectMapper TREE = new ObjectMapper();

    static Stream<String> seeds() {
        return SeedText.SEEDS.stream();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aSchema1DocumentReadsAsTheSchema2PlanWithTheSameReadingOrder(String seed) throws Exception {
        String v1 = Fixtures.v1Json(seed);
        assertThat(TREE.readTree(v1).has("schemaVersion")).isFalse();
        assertThat(JSON.versionOf(v1)).isEqualTo(1);
        Plan upgraded = JSON.read(v1);
        Plan current = Fixtures.plan(seed);
        assertThat(upgraded.schemaVersion()).isEqualTo(Plan.SCHEMA_VERSION);
        assertThat(upgraded.issuer().kind()).isEqualTo(IssuerKind.BOARD);
        assertThat(ReadingOrder.render(upgraded)).isEqualTo(ReadingOrder.render(Plan.class.cast(current)));
        assertThat(JSON.write(upgraded)).contains("\"schemaVersion\": 2");
        // the schema 2 fixture is the upgrade of the schema 1 one, unless it was re-encoded since
        if (JSON.versionOf(Fixtures.json(seed)) == 2 && current.issuer().kind() == IssuerKind.BOARD
                && current.appendices().isEmpty() && upgraded.blocks().count() == current.blocks().count()) {
            assertThat(ReadingOrder.lines(upgraded, true)).containsExactlyElementsOf(ReadingOrder.lines(current, true));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theUpgradeIsPureAndSaysVersion1AsItSaysNone(String seed) throws Exception {
        JsonNode v1 = TREE.readTree(Fixtures.v1Json(seed));
        JsonNode before = v1.deepCopy();
        JsonNode v2 = SchemaUpgrade.toCurrent(v1);
        assertThat(v1).isEqualTo(before);
        assertThat(v2.get("schemaVersion").asInt()).isEqualTo(2);
        assertThat(v2.at("/issuer/kind").asText()).isEqualTo("BOARD");
        assertThat(v2.fieldNames().next()).isEqualTo("schemaVersion");
        assertThat(SchemaUpgrade.toCurrent(v2)).isSameAs(v2);

        ObjectNode explicit = ((ObjectNode) v1.deepCopy()).put("schemaVersion", 1);
        assertThat(JSON.read(TREE.writeValueAsString(explicit))).isEqualTo(JSON.read(Fixtures.v1Json(seed)));
    }

    @Test
    void aVersionThisPlatformDoesNotReadIsNamedWithItsPointer() throws Exception {
        ObjectNode plan = (ObjectNode) TREE.readTree(Fixtures.json("003_44668950db2da263"));
        plan.put("schemaVersion", 3);
        PlanFormatException three = catchThrowableOfType(PlanFormatException.class, () -> JSON.read(TREE.writeValueAsString(plan)));
        assertThat(three).hasMessage("/schemaVersion: must be 1 or 2, was '3'");
        assertThat(three.field()).isEqualTo("/schemaVersion");
        plan.put("schemaVersion", "2");
        assertThat(catchThrowableOfType(PlanFormatException.class, () -> JSON.read(TREE.writeValueAsString(plan))))
                .hasMessage("/schemaVersion: must be 1 or 2, was '\"2\"'");
    }

    @Test
    void aSchema2DocumentMustNameItsIssuersKind() throws Exception {
        ObjectNode plan = (ObjectNode) TREE.readTree(Fixtures.json("003_44668950db2da263"));
        ((ObjectNode) plan.get("issuer")).remove("kind");
        PlanFormatException missing = catchThrowableOfType(PlanFormatException.class, () -> JSON.read(TREE.writeValueAsString(plan)));
        assertThat(missing.field()).isEqualTo("/issuer/kind");
        assertThat(missing.reason()).startsWith("is required");
        ((ObjectNode) plan.get("issuer")).put("kind", "MINISTRY");
        assertThat(catchThrowableOfType(PlanFormatException.class, () -> JSON.read(TREE.writeValueAsString(plan))))
                .hasMessage("/issuer/kind: must be one of [BOARD, PEOPLES_COMMITTEE, DEPARTMENT, BLOC], was 'MINISTRY'");
    }
}
