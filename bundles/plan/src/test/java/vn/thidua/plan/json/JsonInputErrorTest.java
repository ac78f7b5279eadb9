package vn.thidua.plan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import vn.thidua.plan.PlanFormatException;
import vn.thidua.plan.seed.Fixtures;

/** Each kind of error a JSON reader makes, in the platform's words: the field, and what it takes. */
class JsonInputErrorTest {

    enum Status { NOT_STARTED, IN_PROGRESS, DONE }

    record Body(@JsonProperty(required = true) int year, String province, Status status, LocalDate on, List<String> names,
            Boolean remind, Inner inner) {

        Body {
            if (province != null && province.isBlank()) {
                throw new IllegalArgumentException("province must not be blank");
            }
        }
    }

    record Inner(@JsonProperty(required = true) String code) {
    }

    private static final ObjectMapper STRICT = StrictReading.apply(JsonMapper.builder()).addModule(new JavaTimeModule()).build();
    private static final PlanJson PLANS = new PlanJson();

    private static JsonInputError error(String json) {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class, () -> STRICT.readValue(json, Body.class));
        assertThat(e).as("refused: %s", json).isNotNull();
        JsonInputError error = JsonInputError.of(e);
        assertThat(error.message()).as("no Java in %s", error.message())
                .doesNotContainPattern("java\\.|`|\\b(int|Integer|LocalDate|BigDecimal|ArrayList|Body|Inner|class)\\b");
        return error;
    }

    @Test
    void aWholeNumberIsNothingElse() {
        Map<String, String> quoted = new LinkedHashMap<>();
        quoted.put("2025.5", "2025.5");
        quoted.put("\"2025.5\"", "'2025.5'");
        quoted.put("\"2025\"", "'2025'");
        quoted.put("true", "true");
        quoted.put("[2025]", "an array");
        quoted.put("{}", "an object");
        quoted.put("null", "null");
        quoted.forEach((written, was) -> {
            JsonInputError error = error("{\"year\": " + written + "}");
            assertThat(error.pointer()).isEqualTo("/year");
            assertThat(error.message()).isEqualTo("/year: must be a whole number, was " + was);
            assertThat(error.malformed()).isFalse();
        });
    }

    @Test
    void aNumberTooLargeSaysTheRange() {
        assertThat(error("{\"year\": 99999999999}").message())
                .isEqualTo("/year: must be a whole number from -2147483648 to 2147483647, was 99999999999");
    }

    @Test
    void anUnknownFieldIsNamedWithTheFieldsThatAreKnown() {
        JsonInputError error = error("{\"year\": 2025, \"yaer\": 2025}");
        assertThat(error.pointer()).isEqualTo("/yaer");
        assertThat(error.reason()).isEqualTo("unknown field 'yaer' (known: inner, names, on, province, remind, status, year)");
    }

    @Test
    void aMissingFieldIsNamedWhereItShouldBe() {
        assertThat(error("{\"province\": \"gia-lai\"}").message()).isEqualTo("/year: is required");
        assertThat(error("{\"year\": 2025, \"inner\": {}}").message()).isEqualTo("/inner/code: is required");
    }

    @Test
    void enumsDatesBooleansListsAndObjectsSayWhatTheyTake() {
        assertThat(error("{\"year\": 1, \"status\": \"FINISHED\"}").message())
                .isEqualTo("/status: must be one of [NOT_STARTED, IN_PROGRESS, DONE], was 'FINISHED'");
        assertThat(error("{\"year\": 1, \"on\": \"2024-02-30\"}").message())
                .isEqualTo("/on: must be a date as YYYY-MM-DD, was '2024-02-30'");
        assertThat(error("{\"year\": 1, \"remind\": \"yes\"}").message()).isEqualTo("/remind: must be true or false, was 'yes'");
        assertThat(error("{\"year\": 1, \"names\": \"Ana\"}").message()).isEqualTo("/names: must be an array, was 'Ana'");
        assertThat(error("{\"year\": 1, \"names\": [\"Ana\", {}]}").message()).isEqualTo("/names/1: must be a string, was an object");
        assertThat(error("{\"year\": 1, \"inner\": 5}").message()).isEqualTo("/inner: must be an object, was 5");
        assertThat(error("[1]").message()).isEqualTo("must be an object, was an array");
        assertThat(error("").message()).isEqualTo("must be an object, was nothing");
    }

    @Test
    void aValueItsTypeRefusesGivesTheTypesReason() {
        JsonInputError error = error("{\"year\": 1, \"province\": \" \"}");
        assertThat(error.pointer()).isEmpty();
        assertThat(error.message()).isEqualTo("province must not be blank");
    }

    @Test
    void textThatIsNotJsonSaysWhereItBrokeOff() {
        JsonInputError cut = error("{\"province\": \"gia-lai\", \"year\":");
        assertThat(cut.malformed()).isTrue();
        assertThat(cut.pointer()).isEqualTo("/year");
        assertThat(cut.message()).startsWith("not valid JSON at line 1, column 32, in /year: Unexpected end-of-input");
        JsonInputError twice = error("{\"year\": 1} {\"year\": 2}");
        assertThat(twice.malformed()).isTrue();
        assertThat(twice.message()).isEqualTo("not valid JSON at line 1, column 13: more follows the value");
        assertThat(error("{\"year\": tru}").message()).startsWith("not valid JSON at line 1, column 13, in /year: Unrecognized token 'tru'");
    }

    @Test
    void whatWasWrittenIsQuotedBackAtMostTwoHundredCharacters() {
        String long_ = "x".repeat(5000);
        JsonInputError error = error("{\"year\": \"" + long_ + "\"}");
        assertThat(error.message()).isEqualTo("/year: must be a whole number, was '" + "x".repeat(200) + "…'");
        // The pointer stays exact; what is quoted of the name is cut.
        assertThat(error("{\"year\": 1, \"" + long_ + "\": 1}").reason()).hasSizeLessThan(JsonInputError.QUOTE_LIMIT * 2);
    }

    @Test
    void aPlanSaysTheSameWordsAsAnyOtherBody() throws Exception {
        ObjectNode plan = (ObjectNode) STRICT.readTree(Fixtures.json("003_44668950db2da263"));
        for (String written : new String[] {"2025.5", "\"2025.5\"", "\"2025\"", "true"}) {
            plan.set("year", STRICT.readTree(written));
            PlanFormatException e = catchThrowableOfType(PlanFormatException.class, () -> PLANS.read(STRICT.writeValueAsString(plan)));
            String body = "{\"year\": " + written + "}";
            assertThat(e.getMessage()).as(written).isEqualTo(error(body).message());
            assertThat(e.field()).isEqualTo("/year");
            assertThat(e.malformed()).isFalse();
        }
    }

    @Test
    void aPlanValueNamesTheFieldItRefuses() throws Exception {
        ObjectNode plan = (ObjectNode) STRICT.readTree(Fixtures.json("003_44668950db2da263"));
        plan.put("year", 1800);
        assertThat(catchThrowableOfType(PlanFormatException.class, () -> PLANS.read(STRICT.writeValueAsString(plan))))
                .hasMessage("/year: must be between 1990 and 2200, was 1800");
        plan.put("year", 2023);
        ((ObjectNode) plan.get("province")).put("code", "Gia Lai");
        PlanFormatException code = catchThrowableOfType(PlanFormatException.class, () -> PLANS.read(STRICT.writeValueAsString(plan)));
        assertThat(code).hasMessage("/province/code: must be lower-case ASCII words joined by '-' (gia-lai), was 'Gia Lai'");
        assertThat(code.field()).isEqualTo("/province/code");
        assertThat(code.reason()).isEqualTo("must be lower-case ASCII words joined by '-' (gia-lai), was 'Gia Lai'");
    }

    @Test
    void aBlockTypeIsOneOfTheKnownOnes() throws Exception {
        ObjectNode plan = (ObjectNode) STRICT.readTree(Fixtures.json("004_a5c35aef69c6ea26"));
        ((ObjectNode) plan.at("/sections/0/blocks/0")).put("type", "table");
        assertThat(catchThrowableOfType(PlanFormatException.class, () -> PLANS.read(STRICT.writeValueAsString(plan))))
                .hasMessage("/sections/0/blocks/0/type: must be one of section, paragraph, list, tasks, targets, phases, awards, assignments, items, scoring, was 'table'");
        ((ObjectNode) plan.at("/sections/0/blocks/0")).remove("type");
        assertThat(catchThrowableOfType(PlanFormatException.class, () -> PLANS.read(STRICT.writeValueAsString(plan))))
                .hasMessage("/sections/0/blocks/0/type: is required: one of section, paragraph, list, tasks, targets, phases, awards, assignments, items, scoring");
    }
}
