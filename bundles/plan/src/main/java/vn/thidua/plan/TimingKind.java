package vn.thidua.plan;

/** How a time is expressed in a plan. */
public enum TimingKind {
    /** Before a date: {@code Trước 08/7/2018}, {@code trước ngày 20/3/2024}. {@code to} is the deadline. */
    DEADLINE,
    /**
     * A stretch of days: {@code Từ ngày 15 đến 25/12/2018}, {@code Từ đầu năm 2024 đến 30/6/2024}, across
     * years: {@code từ tháng 10/2025 đến hết tháng 6/2026}.
     */
    RANGE,
    /** A quarter of the plan year: {@code Quý II}. */
    QUARTER,
    /** A month: {@code Trong tháng 12/2023}. */
    MONTH,
    /** A time set elsewhere: {@code Theo kế hoạch của Khối}. No dates. */
    RELATIVE,
    /**
     * From a date until an event: {@code từ tháng 10/2025 đến khi tổ chức thành công Đại hội ...}. {@code from}
     * is the start, {@code event} the end as written; {@code to} is absent.
     */
    UNTIL_EVENT,
    /** A period of whole years: {@code giai đoạn 2026 - 2030}; {@code from} is 1 January, {@code to} 31 December. */
    YEARS,
    /** A time that comes back: {@code hằng tháng}, {@code hằng quý}, {@code định kỳ}, {@code thường xuyên}; see {@code recurrence}. */
    RECURRING,
    /** A length of time: {@code trong thời hạn 05 ngày làm việc}; see {@code duration} and {@code durationUnit}. */
    DURATION
}
