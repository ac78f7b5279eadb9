package vn.thidua.plan;

/** How a time is expressed in a plan. */
public enum TimingKind {
    /** Before a date: {@code Trước 08/7/2018}, {@code trước ngày 20/3/2024}. {@code to} is the deadline. */
    DEADLINE,
    /** A stretch of days: {@code Từ ngày 15 đến 25/12/2018}, {@code Từ đầu năm 2024 đến 30/6/2024}. */
    RANGE,
    /** A quarter of the plan year: {@code Quý II}. */
    QUARTER,
    /** A month: {@code Trong tháng 12/2023}. */
    MONTH,
    /** A time set elsewhere: {@code Theo kế hoạch của Khối}. No dates. */
    RELATIVE
}
