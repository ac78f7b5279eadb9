package vn.thidua.plan;

/** How often a recurring time comes back. */
public enum Recurrence {
    /** hằng tháng, hàng tháng */
    MONTHLY,
    /** hằng quý, hàng quý */
    QUARTERLY,
    /** 6 tháng, hằng 6 tháng */
    HALF_YEARLY,
    /** hằng năm, hàng năm */
    YEARLY,
    /** định kỳ: at set times the document does not name */
    PERIODIC,
    /** thường xuyên: continuously */
    CONTINUOUS
}
