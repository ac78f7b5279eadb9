package vn.thidua.plan;

/** How a province lays out its tasks. */
public enum TaskLayout {
    /** A table {@code TT / Nội dung công việc / Thời gian / Thực hiện}. */
    TABLE,
    /** Each task a numbered paragraph followed by labelled field lines ({@code - Thời gian hoàn thành: ...}). */
    FIELDS,
    /** Tasks written as sentences of running text, their deadlines inside the sentence. */
    INLINE
}
