package vn.thidua.export.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import vn.thidua.plan.Plan;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.plan.seed.SeedText;
import vn.thidua.plan.text.ReadingOrder;

class OutlineTest {

    static final List<String> SEEDS = SeedText.SEEDS;

    @ParameterizedTest
    @FieldSource("SEEDS")
    void theOutlineSaysWhatTheReadingOrderSaysLineByLine(String seed) {
        Plan plan = Fixtures.plan(seed);
        assertThat(Outline.of(plan).lines()).containsExactlyElementsOf(ReadingOrder.lines(plan, true));
    }

    /** Every element of schema 2 is laid out, in reading order, the appendix after the signature. */
    @org.junit.jupiter.api.Test
    void theSchema2ElementsAreLaidOutInReadingOrder() {
        Plan plan = Fixtures.everyElement();
        Outline outline = Outline.of(plan);
        assertThat(outline.lines()).containsExactlyElementsOf(ReadingOrder.lines(plan, true));
        assertThat(String.join("\n", outline.lines()) + "\n").isEqualTo(Fixtures.everyElementText());
        assertThat(outline.agencyLines()).containsExactly("ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG");
        assertThat(outline.appendices()).singleElement().satisfies(a -> {
            assertThat(a.label()).isEqualTo("PHỤ LỤC");
            assertThat(a.body()).singleElement().isInstanceOf(Piece.Table.class);
        });
        assertThat(outline.body()).filteredOn(p -> p instanceof Piece.Table).hasSize(1);
    }

    @ParameterizedTest
    @FieldSource("SEEDS")
    void everyTaskTableKeepsOneRowPerTaskAndOneCellPerColumn(String seed) {
        Outline outline = Outline.of(Fixtures.plan(seed));
        outline.body().stream().filter(p -> p instanceof Piece.Table).map(p -> (Piece.Table) p)
                .forEach(t -> t.rows().forEach(r -> assertThat(r).hasSameSizeAs(t.columns())));
    }

    /** A draft's number and day are written by hand once signed: the day's blank keeps its width, the number's is widened on the page. */
    @org.junit.jupiter.api.Test
    void aDraftsBlanksLeaveRoomToWriteIn() {
        com.fasterxml.jackson.databind.node.ObjectNode tree;
        try {
            tree = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(Fixtures.json("000_d3ad60d258665efa"));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
        tree.putObject("number").put("symbol", "KH-TDMNPB");
        tree.putObject("dateLine").put("place", "Bắc Giang").putObject("date").put("month", 3).put("year", 2018);
        String json = tree.toString();
        Plan draft = new vn.thidua.plan.json.PlanJson().read(json);
        assertThat(draft.number().isDraft()).isTrue();
        Outline outline = Outline.of(draft);
        assertThat(outline.number()).isEqualTo("Số: /KH-TDMNPB");
        assertThat(outline.placeAndDate()).isEqualTo("Bắc Giang, ngày     tháng 3 năm 2018");
        assertThat(HtmlBody.document(outline, ""))
                .contains("<p class=\"place-date\">Bắc Giang, ngày     tháng 3 năm 2018</p>")
                .as("the number's blank widened where the line is laid out").contains("<p class=\"number\">Số:        /KH-TDMNPB</p>");
        assertThat(Blanks.numberLine("Số: 08/KH-TDMNPB")).isEqualTo("Số: 08/KH-TDMNPB");
        assertThat(Blanks.numberLine("Số: /KH- BQL")).isEqualTo("Số:        /KH- BQL");
    }
}
