package vn.thidua.plan;

/** How a quota bounds a count. */
public enum QuotaBound {
    /** exactly: {@code 01 cá nhân/01 đơn vị} */
    EXACT,
    /** at least: {@code ít nhất 5 doanh nghiệp} */
    AT_LEAST,
    /** at most: {@code không quá 10 cá nhân} */
    AT_MOST
}
