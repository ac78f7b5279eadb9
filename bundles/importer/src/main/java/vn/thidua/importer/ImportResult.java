package vn.thidua.importer;

import java.util.List;

import vn.thidua.plan.Plan;

/**
 * An imported plan with what a person should check.
 *
 * @param plan the plan
 * @param review each uncertain decision, in the order of the document
 * @param coverage the document's sentences found in the plan
 * @param format the format read: {@code docx}, {@code pdf} or {@code text}
 */
public record ImportResult(Plan plan, List<ReviewItem> review, SentenceCoverage coverage, String format) {

    public ImportResult {
        review = List.copyOf(review);
    }
}
