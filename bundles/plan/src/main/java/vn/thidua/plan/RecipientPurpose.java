package vn.thidua.plan;

/** Why a recipient gets the plan, from the note after its name. */
public enum RecipientPurpose {
    /** {@code (b/c)}, {@code (để báo cáo)} */
    REPORT,
    /** {@code (để thực hiện)}, {@code (t/h)} */
    EXECUTE,
    /** {@code (để phối hợp)}, {@code (p/h)} */
    COORDINATE,
    /** {@code (để biết)}, {@code (để theo dõi)} */
    INFORM
}
