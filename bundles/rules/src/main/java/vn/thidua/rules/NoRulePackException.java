package vn.thidua.rules;

import java.time.LocalDate;

/** No loaded pack is in force for a province on a date. */
public class NoRulePackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String provinceCode;
    private final transient LocalDate date;

    public NoRulePackException(String provinceCode, LocalDate date) {
        super("Không có bộ quy tắc nào có hiệu lực cho tỉnh '" + provinceCode + "' vào ngày " + date);
        this.provinceCode = provinceCode;
        this.date = date;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public LocalDate date() {
        return date;
    }
}
