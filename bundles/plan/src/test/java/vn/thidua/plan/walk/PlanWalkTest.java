package vn.thidua.plan.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.plan.Block;
import vn.thidua.plan.BulletList;
import vn.thidua.plan.GroupingKind;
import vn.thidua.plan.Paragraph;
import vn.thidua.plan.PhaseList;
import vn.thidua.plan.Plan;
import vn.thidua.plan.Section;
import vn.thidua.plan.TargetList;
import vn.thidua.plan.Task;
import vn.thidua.plan.TaskList;
import vn.thidua.plan.json.PlanJson;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.plan.seed.SeedText;

/**
 * The walk against the plan's own JSON: every pointer it gives resolves, with {@link JsonNode#at},
 * to the element it locates in what {@link PlanJson} writes, and it finds every element of the JSON
 * in document order. The JSON is walked here by its own keys, the walk's oracle.
 */
class PlanWalkTest {

    private static final PlanJson JSON = new PlanJson();
    private static final ObjectMapper TREE = new ObjectMapper();

    private static final Map<Class<?>, String> TYPES = Map.of(Section.class, "section", Paragraph.class, "paragraph",
            BulletList.class, "list", TaskList.class, "tasks", TargetList.class, "targets", PhaseList.class, "phases",
            vn.thidua.plan.AwardList.class, "awards", vn.thidua.plan.AssignmentList.class, "assignments",
            vn.thidua.plan.ItemList.class, "items", vn.thidua.plan.ScoringTable.class, "scoring");

    /** The seeds, and the constructed plan that holds every element of schema 2. */
    static Stream<String> seeds() {
        return Stream.concat(SeedText.SEEDS.stream(), Stream.of(EVERY_ELEMENT));
    }

    private static final String EVERY_ELEMENT = "every-element";

    private static Plan planOf(String seed) {
        return seed.equals(EVERY_ELEMENT) ? Fixtures.everyElement() : Fixtures.plan(seed);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyBlockIsFoundInDocumentOrderAndItsPointerResolvesToIt(String seed) throws Exception {
        Plan plan = planOf(seed);
        JsonNode root = TREE.readTree(JSON.write(plan));
        List<String> blocksInJson = allBlocks(root);
        List<Located<Block>> walked = PlanWalk.of(plan).blocks();
        assertThat(walked).extracting(Located::pointer).containsExactlyElementsOf(blocksInJson);
        for (Located<Block> block : walked) {
            JsonNode node = root.at(block.pointer());
            assertThat(node.path("type").asText()).as(block.pointer()).isEqualTo(TYPES.get(block.value().getClass()));
            if (block.value() instanceof Section s) {
                assertThat(node.path("number").asText(null)).isEqualTo(s.number());
                assertThat(node.path("heading").asText(null)).isEqualTo(s.heading());
            } else if (block.value() instanceof Paragraph p) {
                assertThat(node.path("text").asText()).isEqualTo(p.text());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyElementABlockHoldsResolvesToItsOwnWords(String seed) throws Exception {
        Plan plan = planOf(seed);
        JsonNode root = TREE.readTree(JSON.write(plan));
        PlanWalk walk = PlanWalk.of(plan);
        assertWords(root, walk.tasks(), t -> t.content(), "content", items(root, "tasks"));
        assertWords(root, walk.targets(), t -> t.text(), "text", items(root, "targets"));
        assertWords(root, walk.phases(), p -> p.text(), "text", items(root, "phases"));
        assertWords(root, walk.awards(), a -> a.text(), "text", allBlocks(root).stream().flatMap(b -> {
            JsonNode block = root.at(b);
            return switch (block.path("type").asText()) {
                case "targets" -> indexed(block.path("targets"), b + "/targets")
                        .flatMap(t -> indexed(root.at(t).path("awards"), t + "/awards"));
                case "awards" -> indexed(block.path("awards"), b + "/awards");
                default -> Stream.<String>empty();
            };
        }).toList());
        assertWords(root, walk.assignments(), a -> a.heading(), "heading", items(root, "assignments"));
        assertWords(root, walk.items(), i -> i.text(), "text", items(root, "items"));
        assertWords(root, walk.scoreRows(), r -> r.text(), "text", items(root, "scoring", "rows"));
        assertWords(root, walk.legalBases(), b -> b.text(), "text", indexed(root.at("/preamble/legalBases"), "/preamble/legalBases").toList());
        assertWords(root, walk.recipients(), r -> r.text(), "text", indexed(root.at("/recipients/entries"), "/recipients/entries").toList());
        assertWords(root, walk.electronicRecipients(), r -> r.text(), "text",
                indexed(root.at("/recipients/electronic"), "/recipients/electronic").toList());
        assertThat(walk.tasks()).extracting(Located::value).containsExactlyElementsOf(plan.tasks());
    }

    @Test
    void pathsAreTheNumbersAsTheDocumentWritesThem() {
        PlanWalk giaLai = PlanWalk.of(Fixtures.plan("003_44668950db2da263"));
        assertThat(giaLai.tasks()).extracting(Located::path)
                .containsExactly("I.1", "I.2", "I.3", "I.4", "I.5",
                        "III.1.1", "III.1.2", "III.2.1", "III.2.2", "III.2.3", "III.2.4", "III.3.1", "III.3.2",
                        "III.4.1", "III.4.2", "III.4.3", "III.4.4", "III.4.5",
                        "IV.1", "IV.2", "IV.3", "IV.4", "IV.5");
        Located<Task> q2 = giaLai.tasks().get(7);
        assertThat(q2.numbers()).containsExactly("III.", "2.", "2.1.");
        assertThat(q2.grouping().kind()).isEqualTo(GroupingKind.QUARTER);
        assertThat(q2.grouping().ordinal()).isEqualTo(2);
        assertThat(q2.depth()).isEqualTo(2);
        assertThat(q2.section().heading()).isEqualTo("Nhiệm vụ quý II");
        assertThat(q2.pointer()).isEqualTo("/sections/2/blocks/1/blocks/0/tasks/0");
        assertThat(q2.at("timing/label")).isEqualTo("/sections/2/blocks/1/blocks/0/tasks/0/timing/label");

        PlanWalk hungYen = PlanWalk.of(Fixtures.plan("004_a5c35aef69c6ea26"));
        assertThat(hungYen.sections()).extracting(Located::path).startsWith("I", "I.1", "I.1.a", "I.1.b", "I.1.c", "I.2", "I.2.a");
        assertThat(hungYen.tasks()).extracting(Located::path).containsExactly("II.1", "II.2", "II.3", "II.4", "II.5", "II.6");

        // "1.2." under "1." carries its parent's number: II.1.2, not II.1.1.2.
        PlanWalk bacGiang2024 = PlanWalk.of(Fixtures.plan("001_b902e8c9f1ecfedd"));
        assertThat(bacGiang2024.tasks()).extracting(Located::path).contains("II.1.2", "III.2.5");
        // A table numbers its rows 1, 2, ...: the row's number follows its section's.
        assertThat(PlanWalk.of(Fixtures.plan("000_d3ad60d258665efa")).tasks()).extracting(Located::path)
                .startsWith("II.1.1", "II.1.2");
        // The inline tasks of Bắc Giang 2020 have no number of their own, nor have the bullets under its numbered items.
        assertThat(PlanWalk.of(Fixtures.plan("002_d4688f34a2318412")).tasks()).extracting(Located::path)
                .containsExactly("II.1", "II.1", "II.2", "II.2", "II.2", "II.4", "II.4", "II.4", "III.2", "III.2");
    }

    @Test
    void numbersWrittenWithParenthesesOrWithoutPunctuationReadTheSame() {
        assertThat(path("I.", "(1)", "a)")).isEqualTo("I.1.a");
        assertThat(path("II", "2", "2.3")).isEqualTo("II.2.3");
        assertThat(path()).isEmpty();
        assertThat(path("II.", "1.", "-")).as("a bullet in the ordinal's place numbers nothing").isEqualTo("II.1");
    }

    @Test
    void aNumberedParagraphIsTheOneItsSectionsNumberRunsInto() {
        PlanWalk giaLai = PlanWalk.of(Fixtures.plan("003_44668950db2da263"));
        // "2. Yêu cầu: Các phòng ..." under II: a number with no heading, running into its paragraph
        Located<Block> numbered = giaLai.blocks().stream()
                .filter(b -> b.value() instanceof Section s && s.runIn() != null).findFirst().orElseThrow();
        assertThat(numbered.path()).isEqualTo("II.2");
        Located<Block> runIn = giaLai.blocks().get(giaLai.blocks().indexOf(numbered) + 1);
        assertThat(runIn.value()).isInstanceOf(Paragraph.class);
        assertThat(runIn.isRunIn()).isTrue();
        assertThat(runIn.container()).isSameAs(numbered.value());
        // A paragraph under a heading stands on its own.
        PlanWalk bacGiang2018 = PlanWalk.of(Fixtures.plan("000_d3ad60d258665efa"));
        assertThat(bacGiang2018.blocks(Paragraph.class)).isNotEmpty().noneMatch(Located::isRunIn);
        assertThat(giaLai.sections()).filteredOn(s -> s.depth() == 0).hasSize(plan("003_44668950db2da263").sections().size())
                .allMatch(s -> s.container() == null && s.pointer().matches("/sections/\\d+"));
    }

    private static Plan plan(String seed) {
        return Fixtures.plan(seed);
    }

    private static String path(String... numbers) {
        return new Located<>("x", "", 0, null, List.of(), List.of(numbers)).path();
    }

    private static <T> void assertWords(JsonNode root, List<Located<T>> walked, Function<T, String> words, String field,
            List<String> inJson) {
        assertThat(walked).extracting(Located::pointer).containsExactlyElementsOf(inJson);
        for (Located<T> located : walked) {
            assertThat(root.at(located.pointer()).path(field).asText()).as(located.pointer())
                    .isEqualTo(words.apply(located.value()));
        }
    }

    /** Pointers of the block nodes under this one, depth first, a section before its blocks. */
    private static void blocks(JsonNode node, String pointer, List<String> out) {
        out.add(pointer);
        JsonNode inner = node.path("blocks");
        for (int i = 0; i < inner.size(); i++) {
            blocks(inner.get(i), pointer + "/blocks/" + i, out);
        }
    }

    /** Pointers of the blocks of the body, then of the appendices, depth first. */
    private static List<String> allBlocks(JsonNode root) {
        List<String> blocks = new ArrayList<>();
        JsonNode sections = root.path("sections");
        for (int i = 0; i < sections.size(); i++) {
            blocks(sections.get(i), "/sections/" + i, blocks);
        }
        JsonNode appendices = root.path("appendices");
        for (int a = 0; a < appendices.size(); a++) {
            JsonNode inner = appendices.get(a).path("blocks");
            for (int i = 0; i < inner.size(); i++) {
                blocks(inner.get(i), "/appendices/" + a + "/blocks/" + i, blocks);
            }
        }
        return blocks;
    }

    /** Pointers of the elements of every block's array {@code key}, in document order. */
    private static List<String> items(JsonNode root, String key) {
        return items(root, key, key);
    }

    /** Pointers of the elements of the array {@code key} of every block of this type, in document order. */
    private static List<String> items(JsonNode root, String type, String key) {
        return allBlocks(root).stream().filter(b -> root.at(b).path("type").asText().equals(type))
                .flatMap(b -> indexed(root.at(b).path(key), b + "/" + key)).toList();
    }

    private static Stream<String> indexed(JsonNode array, String pointer) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            out.add(pointer + "/" + i);
        }
        return out.stream();
    }
}
