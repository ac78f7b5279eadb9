package vn.thidua.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.thidua.importer.DocumentTooLargeException;
import vn.thidua.importer.ImportOptions;
import vn.thidua.importer.ImportResult;
import vn.thidua.importer.NotAPlanException;
import vn.thidua.importer.ReviewItem;
import vn.thidua.importer.UnsupportedDocumentException;
import vn.thidua.importer.internal.read.ReadLimits;
import vn.thidua.plan.json.PlanJson;
import vn.thidua.plan.seed.SeedText;
import vn.thidua.plan.walk.PlanWalk;

class DocumentImporterTest {

    private final DocumentImporter importer = new DocumentImporter(ReadLimits.DEFAULTS);

    private ImportResult seed(String seed) {
        return importer.importPlan(SeedText.raw(seed).getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8",
                ImportOptions.none());
    }

    @Test
    void everyReviewPointerNamesAPlaceInThePlan() {
        ImportResult result = seed("003_44668950db2da263");
        assertThat(result.review()).isNotEmpty();
        String json = new PlanJson().write(result.plan());
        com.fasterxml.jackson.databind.JsonNode tree = readTree(json);
        for (ReviewItem item : result.review()) {
            String pointer = item.pointer();
            // A pointer to a field that is absent (a missing theme) still names its parent object.
            String parent = pointer.substring(0, Math.max(0, pointer.lastIndexOf('/')));
            assertThat(!tree.at(pointer).isMissingNode() || !tree.at(parent).isMissingNode())
                    .as("review pointer %s (%s)", pointer, item.decision()).isTrue();
            assertThat(item.confidence()).isBetween(0.0, 1.0);
        }
        Set<String> taskPointers = new HashSet<>();
        PlanWalk.of(result.plan()).tasks().forEach(t -> taskPointers.add(t.pointer()));
        assertThat(result.review()).anySatisfy(i -> assertThat(taskPointers).anyMatch(p -> i.pointer().startsWith(p + "/")));
    }

    @Test
    void theSameDocumentImportsToTheSameBytes() {
        PlanJson json = new PlanJson();
        assertThat(json.write(seed("001_b902e8c9f1ecfedd").plan())).isEqualTo(json.write(seed("001_b902e8c9f1ecfedd").plan()));
    }

    @Test
    void theImportedPlanPassesTheStrictReader() {
        PlanJson json = new PlanJson();
        for (String s : SeedText.SEEDS) {
            var plan = seed(s).plan();
            assertThat(json.read(json.write(plan))).isEqualTo(plan);
        }
    }

    @Test
    void badInputIsRefusedWithItsReason() {
        byte[] text = "KẾ HOẠCH".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new DocumentImporter(new ReadLimits(4, 10, 10, 10)).importPlan(text, "text/plain", null))
                .isInstanceOf(DocumentTooLargeException.class).hasMessageContaining("over the limit of 4");
        assertThatThrownBy(() -> importer.importPlan(text, "image/png", null))
                .isInstanceOf(UnsupportedDocumentException.class).hasMessageContaining("image/png");
        assertThatThrownBy(() -> importer.importPlan(text, null, ImportOptions.fileName("plan.xlsx")))
                .isInstanceOf(UnsupportedDocumentException.class).hasMessageContaining("plan.xlsx");
        byte[] letter = "Kính gửi các đơn vị.\n\nĐề nghị báo cáo trước ngày 15/4.\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> importer.importPlan(letter, "text/plain", null))
                .isInstanceOf(NotAPlanException.class).hasMessageContaining("KẾ HOẠCH");
        byte[] noBody = "KẾ HOẠCH\n\nPhát động thi đua năm 2024\n\nChỉ một đoạn.\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> importer.importPlan(noBody, "text/plain", null))
                .isInstanceOf(NotAPlanException.class).hasMessageContaining("no numbered section");
    }

    @Test
    void theFormatIsToldFromTheContentWhenTheTypeIsNot() {
        assertThat(DocumentImporter.format("%PDF-1.7".getBytes(), "application/octet-stream", null)).isEqualTo("pdf");
        assertThat(DocumentImporter.format("PK\u0003\u0004".getBytes(), null, "x.docx")).isEqualTo("docx");
        assertThat(DocumentImporter.format("Số: 01".getBytes(StandardCharsets.UTF_8), null, "x.md")).isEqualTo("text");
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
