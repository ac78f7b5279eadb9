package vn.thidua.plan;

/** What a line of the recipient list is. */
public enum RecipientRole {
    /** A body the plan is sent to. */
    RECIPIENT,
    /** The archive line ({@code Lưu: VT, VP.}). */
    ARCHIVE
}
