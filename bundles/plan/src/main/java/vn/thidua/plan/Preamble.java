package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.list;
import static vn.thidua.plan.internal.Values.nfc;
import static vn.thidua.plan.internal.Values.texts;

import java.util.List;

import vn.thidua.plan.internal.PlanValue;

/**
 * What stands between the title and the first section: the legal bases, then the introductory
 * paragraphs.
 *
 * @param legalBases the bases in document order
 * @param layout one per line, or all in one paragraph
 * @param marker the marker in front of each basis line ({@code -}), with {@link BasesLayout#LINES}
 * @param continuation text that continues the bases' paragraph ({@code Ban Quản lý ... như sau:}),
 *     with {@link BasesLayout#RUN_ON}
 * @param paragraphs the introductory paragraphs after the bases
 */
@PlanValue
public record Preamble(
        List<LegalBasis> legalBases,
        BasesLayout layout,
        String marker,
        String continuation,
        List<String> paragraphs) {

    public Preamble {
        legalBases = list(legalBases, "legalBases");
        layout = layout == null ? BasesLayout.LINES : layout;
        marker = nfc(marker);
        continuation = nfc(continuation);
        paragraphs = texts(paragraphs, "paragraphs");
    }
}
