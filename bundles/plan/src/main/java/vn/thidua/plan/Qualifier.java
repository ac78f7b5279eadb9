package vn.thidua.plan;

/** How a target's value is meant. */
public enum Qualifier {
    /** {@code khoảng}: about. */
    ABOUT,
    /** {@code ít nhất}: at least. */
    AT_LEAST,
    /** {@code từ ... trở lên}: that much or more. */
    FROM_AND_ABOVE,
    /** {@code đạt}: reach. */
    REACH
}
