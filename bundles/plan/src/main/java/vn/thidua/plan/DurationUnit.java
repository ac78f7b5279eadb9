package vn.thidua.plan;

/** The unit of a length of time ({@code 05 ngày làm việc}). */
public enum DurationUnit {
    /** ngày làm việc */
    WORKING_DAYS,
    /** ngày */
    DAYS,
    /** tháng */
    MONTHS
}
