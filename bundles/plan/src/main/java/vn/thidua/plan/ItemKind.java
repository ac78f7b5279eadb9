package vn.thidua.plan;

/** What the items of an {@link ItemList} are. */
public enum ItemKind {
    /** tiêu chí: the criteria the emulation is judged by */
    CRITERION,
    /** đối tượng: who takes part */
    PARTICIPANT,
    /** nguyên tắc: the principles of the emulation or of the awards */
    PRINCIPLE,
    /** tiêu chuẩn: the standards a candidate must meet */
    STANDARD
}
