package vn.thidua.export.testing;

import java.util.ArrayList;
import java.util.List;

import vn.thidua.export.layout.Outline;
import vn.thidua.plan.Plan;
import vn.thidua.plan.seed.SeedText;

/**
 * The text an exported document is compared with: the seed as published. Text extracted from a
 * published plan often lacks the letterhead (issuing body, Quốc hiệu, Tiêu ngữ); when the seed has
 * none of it, the same lines are dropped from the export's text before comparing, and nothing else is.
 */
public final class SeedComparison {

    private SeedComparison() {
    }

    public static String seedText(String seed) {
        return SeedText.clean(seed);
    }

    /** The similarity of the exported text with the seed's text. */
    public static double similarity(String seed, Plan plan, String exportedText) {
        return WordSimilarity.of(seedText(seed), compared(seed, plan, exportedText));
    }

    /** Fails, naming the first word edits, unless the exported text is the seed's text (similarity ≥ 0.97). */
    public static void assertSimilar(String seed, Plan plan, String exportedText) {
        org.assertj.core.api.Assertions.assertThat(similarity(seed, plan, exportedText))
                .as("word-sequence similarity of %s; edits: %s", seed, edits(seed, plan, exportedText))
                .isGreaterThanOrEqualTo(THRESHOLD);
    }

    /**
     * Fails unless the exported text of {@link vn.thidua.plan.seed.Fixtures#everyElement()} is its
     * reading order (similarity ≥ 0.97), every schema 2 element in it, and the appendix after the
     * signature: the signer's name comes before the appendix's label.
     */
    public static void assertEveryElement(String exportedText) {
        String expected = vn.thidua.plan.seed.Fixtures.everyElementText();
        org.assertj.core.api.Assertions.assertThat(WordSimilarity.of(expected, exportedText))
                .as("word-sequence similarity with every-element.txt; edits: %s",
                        String.join(" ", WordSimilarity.edits(expected, exportedText, 40)))
                .isGreaterThanOrEqualTo(THRESHOLD);
        String flat = exportedText.replaceAll("\\s+", " ");
        for (String words : new String[] {"Bằng khen của Chủ tịch UBND tỉnh: mỗi đơn vị đề nghị không quá 02 tập thể",
            "Sở Nội vụ:", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh:", "Có mô hình, cách làm hay được nhân rộng.",
            "Tổng cộng", "Tỷ lệ = số hồ sơ giải quyết đúng hạn / tổng số hồ sơ đã giải quyết.", "BẢNG CHẤM ĐIỂM THI ĐUA"}) {
            org.assertj.core.api.Assertions.assertThat(flat).contains(words);
        }
        org.assertj.core.api.Assertions.assertThat(flat.indexOf("BẢNG CHẤM ĐIỂM THI ĐUA"))
                .as("the appendix after the signature").isGreaterThan(flat.indexOf("Nguyễn Văn A"));
    }

    /** The similarity every text format must reach with its seed. */
    public static final double THRESHOLD = 0.97;

    /** The first word edits from the seed's text to the exported text, for a failure message. */
    public static String edits(String seed, Plan plan, String exportedText) {
        return String.join(" ", WordSimilarity.edits(seedText(seed), compared(seed, plan, exportedText), 40));
    }

    private static String compared(String seed, Plan plan, String exportedText) {
        return seedText(seed).contains(Outline.NATIONAL_TITLE) ? exportedText : withoutLetterhead(plan, exportedText);
    }

    static String withoutLetterhead(Plan plan, String text) {
        Outline outline = Outline.of(plan);
        List<String> letterhead = new ArrayList<>();
        if (outline.parent() != null) {
            letterhead.add(outline.parent());
        }
        letterhead.add(outline.agency());
        letterhead.add(Outline.NATIONAL_TITLE);
        letterhead.add(Outline.MOTTO);
        // Whitespace collapsed: a renderer may wrap a letterhead line.
        String out = text.replaceAll("\\s+", " ");
        for (String line : letterhead) {
            int at = out.indexOf(line);
            if (at < 0) {
                throw new AssertionError("the exported text lacks the letterhead line '" + line + "'");
            }
            out = out.substring(0, at) + out.substring(at + line.length());
        }
        return out;
    }
}
