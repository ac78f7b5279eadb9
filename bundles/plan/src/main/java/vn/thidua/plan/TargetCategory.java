package vn.thidua.plan;

/** The headings targets (chỉ tiêu) are grouped under. */
public enum TargetCategory {
    /** Chỉ tiêu kinh tế - xã hội. */
    SOCIO_ECONOMIC,
    /** Chỉ tiêu quốc phòng - an ninh. */
    DEFENCE_SECURITY,
    /** Chỉ tiêu khác. */
    OTHER
}
