package vn.thidua.plan.province;

/** What a province-level unit is: a province (tỉnh) or a centrally-run city (thành phố trực thuộc trung ương). */
public enum UnitKind {
    PROVINCE("tỉnh"),
    CITY("thành phố");

    private final String prefix;

    UnitKind(String prefix) {
        this.prefix = prefix;
    }

    /** The word written before the name: {@code tỉnh}, {@code thành phố}. */
    public String prefix() {
        return prefix;
    }
}
