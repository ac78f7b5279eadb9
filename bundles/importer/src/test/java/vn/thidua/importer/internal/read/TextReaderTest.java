package vn.thidua.importer.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.importer.UnreadableDocumentException;
import vn.thidua.importer.internal.document.DocBlock;
import vn.thidua.importer.internal.document.DocParagraph;
import vn.thidua.importer.internal.document.DocTable;
import vn.thidua.plan.seed.SeedText;

class TextReaderTest {

    @Test
    void seed002sLinesBrokenMidSentenceAreJoinedBack() {
        List<String> texts = paragraphs(SeedText.raw("002_d4688f34a2318412"));
        assertThat(texts).contains("Hướng ứng phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ năm 2020 của chủ tịch"
                + " UBND tỉnh. Ban Quản lý các KCN xây dựng Kế hoạch phát động phong trào thi đua năm 2020 như sau:");
        assertThat(texts).contains("1. Đối với CB, CC và người lao động thuộc Ban:", "2. Đối với các Doanh nghiệp:");
    }

    @Test
    void markdownMarksComeOffAndTabLinesAreATable() {
        SourceText t = new SourceText("#### II. NỘI DUNG\n\nTT\tNội dung\tThời gian\n1\tViệc <i>một</i>\tQuý II\n\n**KHỐI TRƯỞNG**\n");
        List<DocBlock> blocks = TextReader.read(t.bytes()).blocks();
        assertThat(blocks).hasSize(3);
        assertThat(((DocParagraph) blocks.get(0)).text()).isEqualTo("II. NỘI DUNG");
        assertThat(((DocParagraph) blocks.get(0)).bold()).isTrue();
        assertThat(((DocTable) blocks.get(1)).gridRow(1)).containsExactly("1", "Việc một", "Quý II");
        assertThat(((DocParagraph) blocks.get(2)).text()).isEqualTo("KHỐI TRƯỞNG");
    }

    @Test
    void textThatIsNotUtf8IsCorrupt() {
        assertThatThrownBy(() -> TextReader.read(new byte[] {'a', (byte) 0xC3, '('}))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("not UTF-8 (at byte 1)");
    }

    private static List<String> paragraphs(String text) {
        return TextReader.read(text.getBytes(StandardCharsets.UTF_8)).blocks().stream()
                .filter(b -> b instanceof DocParagraph).map(b -> ((DocParagraph) b).text()).toList();
    }

    private record SourceText(String text) {
        byte[] bytes() {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }
}
