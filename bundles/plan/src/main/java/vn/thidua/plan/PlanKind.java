package vn.thidua.plan;

/** What the plan is for. */
public enum PlanKind {
    /** The board's yearly plan launching the emulation movement (kế hoạch phát động thi đua năm). */
    YEARLY,
    /** A themed plan (thi đua theo chuyên đề) for one goal. */
    THEMED,
    /** The activity plan of an emulation bloc (Khối / Cụm thi đua) written by the bloc leader. */
    BLOC,
    /**
     * A campaign (đợt thi đua): from a start date until an event or an end date, which may fall in
     * another year than it starts.
     */
    CAMPAIGN
}
