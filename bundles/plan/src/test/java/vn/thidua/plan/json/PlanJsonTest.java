package vn.thidua.plan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.function.IntUnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanFormatException;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.plan.seed.SeedText;

class PlanJsonTest {

    private final PlanJson json = new PlanJson();
    private final ObjectMapper tree = new ObjectMapper();

    static Stream<String> seeds() {
        return SeedText.SEEDS.stream();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void writingAndReadingBackGivesAnEqualPlan(String seed) {
        Plan plan = Fixtures.plan(seed);
        assertThat(json.read(json.write(plan))).isEqualTo(plan);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theFixtureFileIsInCanonicalForm(String seed) {
        // Canonical files make a lossless writer visible: any field the writer dropped would differ here.
        assertThat(json.write(Fixtures.plan(seed)))
                .as("fixture %s is not in canonical form; rewrite it with PlanJson.write", seed)
                .isEqualTo(Fixtures.json(seed));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theSamePlanAlwaysWritesTheSameBytes(String seed) {
        assertThat(new PlanJson().writeBytes(Fixtures.plan(seed))).isEqualTo(json.writeBytes(Fixtures.plan(seed)));
    }

    @Test
    void textInDecomposedFormIsReadAsNfc() throws Exception {
        ObjectNode plan = (ObjectNode) tree.readTree(Fixtures.json("004_a5c35aef69c6ea26"));
        String decomposed = Normalizer.normalize("Kế hoạch thử nghiệm tiếng Việt", Normalizer.Form.NFD);
        plan.put("summary", decomposed);
        Plan read = json.read(new ByteArrayInputStream(tree.writeValueAsBytes(plan)));
        assertThat(read.summary()).isEqualTo("Kế hoạch thử nghiệm tiếng Việt").isNotEqualTo(decomposed);
        assertThat(json.write(read)).contains("Kế hoạch thử nghiệm tiếng Việt");
    }

    @Test
    void vietnameseSurvivesBytesRoundTrip() {
        Plan plan = Fixtures.plan("003_44668950db2da263");
        byte[] bytes = json.writeBytes(plan);
        Plan back = json.read(new ByteArrayInputStream(bytes));
        assertThat(back.signature().name()).isEqualTo("Nguyễn Như Trình");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Ban Quản lý Khu kinh tế");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void bytesAndTextReadTheSamePlan(String seed) {
        // A current document is bound from its bytes, any other from its text: both give one plan.
        String text = Fixtures.json(seed);
        assertThat(json.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))).isEqualTo(json.read(text));
    }

    @Test
    void anErrorReadFromBytesCountsItsColumnInCharacters() {
        // "Kế hoạch" is 8 characters and 11 bytes: the column is the text's, as when read from a String.
        String text = "{\n  \"schemaVersion\": 2,\n  \"summary\": \"Kế hoạch\", \"kind\" \"YEARLY\"\n}";
        PlanFormatException fromText = catchFormat(() -> json.read(text));
        PlanFormatException fromBytes = catchFormat(() -> json.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
        assertThat(fromText.getMessage()).startsWith("not valid JSON at line 3, column 33, in /kind: ");
        assertThat(fromBytes.getMessage()).isEqualTo(fromText.getMessage());
        assertThat(fromBytes.field()).isEqualTo("/kind");
    }

    @Test
    void bytesThatAreNotUtf8ReadAsTheirDecodedText() {
        // Not UTF-8 (a lone 0xC3): the text read is what the UTF-8 decoder makes of it, as before.
        byte[] bytes = "{\"schemaVersion\": 2, \"summary\": \"X\"}".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 3] = (byte) 0xC3;
        PlanFormatException fromBytes = catchFormat(() -> json.read(new ByteArrayInputStream(bytes)));
        PlanFormatException fromText = catchFormat(() -> json.read(new String(bytes, StandardCharsets.UTF_8)));
        assertThat(fromBytes.getMessage()).isEqualTo(fromText.getMessage());
    }

    /** A stream over bytes, as the server hands a body on: wrapped, saying {@code available} as it likes. */
    private static InputStream wrapped(byte[] bytes, IntUnaryOperator available) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int available() throws IOException {
                return available.applyAsInt(super.available());
            }
        };
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aStreamIsReadWholeWhateverItSaysIsLeft(String seed) {
        byte[] bytes = Fixtures.json(seed).getBytes(StandardCharsets.UTF_8);
        Plan plan = json.read(new ByteArrayInputStream(bytes));

        assertThat(json.read(wrapped(bytes, left -> left))).isEqualTo(plan);
        assertThat(json.read(wrapped(bytes, left -> 0))).isEqualTo(plan);
        // a socket says what it has received so far, less than the body
        assertThat(json.read(wrapped(bytes, left -> Math.min(left, 1000)))).isEqualTo(plan);
        assertThat(json.read(wrapped(bytes, left -> left + 5000))).isEqualTo(plan);
    }

    @Test
    void aWrappedBodyIsCopiedOnceAsItsOwnArrayIs() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        byte[] bytes = Fixtures.json("003_44668950db2da263").getBytes(StandardCharsets.UTF_8);
        long direct = 0;
        long throughWrapper = 0;
        for (int i = 0; i < 5; i++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            json.read(new ByteArrayInputStream(bytes));
            direct = threads.getCurrentThreadAllocatedBytes() - before;
            before = threads.getCurrentThreadAllocatedBytes();
            json.read(wrapped(bytes, left -> left));
            throughWrapper = threads.getCurrentThreadAllocatedBytes() - before;
        }
        // readAllBytes of a wrapper reads 8 KB pieces and copies them into the result: 35 KB more for this 35 KB plan
        assertThat(throughWrapper - direct).isLessThan(4_000L);
    }

    private static PlanFormatException catchFormat(Runnable read) {
        try {
            read.run();
        } catch (PlanFormatException e) {
            return e;
        }
        throw new AssertionError("no PlanFormatException");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        assertThatThrownBy(() -> json.read("{\n  \"year\": 2024,\n  \"kind\" \"YEARLY\"\n}"))
                .isInstanceOf(PlanFormatException.class)
                .hasMessageStartingWith("not valid JSON at line 3, column 10, in /kind: ")
                .extracting(e -> ((PlanFormatException) e).field()).isEqualTo("/kind");
    }

    @Test
    void unknownFieldIsNamedWithItsPointer() throws Exception {
        ObjectNode plan = (ObjectNode) tree.readTree(Fixtures.json("000_d3ad60d258665efa"));
        ((ObjectNode) plan.get("signature")).put("chucVu", "x");
        assertThatThrownBy(() -> json.read(tree.writeValueAsString(plan)))
                .isInstanceOf(PlanFormatException.class)
                .hasMessageContaining("unknown field 'chucVu'")
                .extracting(e -> ((PlanFormatException) e).field()).isEqualTo("/signature/chucVu");
    }

    @Test
    void missingRequiredFieldIsNamed() throws Exception {
        ObjectNode plan = (ObjectNode) tree.readTree(Fixtures.json("003_44668950db2da263"));
        ObjectNode task = (ObjectNode) plan.at("/sections/2/blocks/0/blocks/0/tasks/0");
        assertThat(task.has("content")).isTrue();
        task.remove("content");
        assertThatThrownBy(() -> json.read(tree.writeValueAsString(plan)))
                .isInstanceOf(PlanFormatException.class)
                .hasMessage("/sections/2/blocks/0/blocks/0/tasks/0/content: is required")
                .extracting(e -> ((PlanFormatException) e).field())
                .isEqualTo("/sections/2/blocks/0/blocks/0/tasks/0/content");
    }

    @Test
    void impossibleDateIsRefusedWithItsField() throws Exception {
        ObjectNode plan = (ObjectNode) tree.readTree(Fixtures.json("000_d3ad60d258665efa"));
        ObjectNode timing = (ObjectNode) plan.at("/sections/1/blocks/0/blocks/0/tasks/2/timing");
        assertThat(timing.has("to")).isTrue();
        timing.put("to", "2018-02-30");
        assertThatThrownBy(() -> json.read(tree.writeValueAsString(plan)))
                .isInstanceOf(PlanFormatException.class)
                .hasMessageContaining("2018-02-30")
                .extracting(e -> ((PlanFormatException) e).field()).asString()
                .endsWith("/tasks/2/timing/to");
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() throws Exception {
        ObjectNode plan = (ObjectNode) tree.readTree(Fixtures.json("001_b902e8c9f1ecfedd"));
        plan.put("kind", "MONTHLY");
        assertThatThrownBy(() -> json.read(tree.writeValueAsString(plan)))
                .isInstanceOf(PlanFormatException.class)
                .hasMessageContaining("'MONTHLY'").hasMessageContaining("YEARLY, THEMED, BLOC")
                .extracting(e -> ((PlanFormatException) e).field()).isEqualTo("/kind");
    }

    @Test
    void unknownBlockTypeIsNamed() throws Exception {
        ObjectNode plan = (ObjectNode) tree.readTree(Fixtures.json("004_a5c35aef69c6ea26"));
        ((ObjectNode) plan.at("/sections/0/blocks/0")).put("type", "table");
        assertThatThrownBy(() -> json.read(tree.writeValueAsString(plan)))
                .isInstanceOf(PlanFormatException.class)
                .hasMessageContaining("'table'")
                .extracting(e -> ((PlanFormatException) e).field()).asString().startsWith("/sections/0/blocks/0");
    }
}
