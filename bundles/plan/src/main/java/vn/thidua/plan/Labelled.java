package vn.thidua.plan;

/**
 * A value the document writes as a field of its own, under a label it may give
 * ({@code Thời gian hoàn thành: Trước 30/3/2023.}): a task's time, place and units.
 */
public sealed interface Labelled permits Timing, Place, Assignment {

    /** The label as written, or null when the document writes none. */
    String label();

    /** The wording as written, or null when the document leaves it implied. */
    String text();
}
