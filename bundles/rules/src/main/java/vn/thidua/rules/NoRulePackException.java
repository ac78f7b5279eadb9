package vn.thidua.rules;

import java.time.LocalDate;

/** No loaded pack is in force for a province on a date. */
public class NoRulePackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String provinceCode;
    private final transient LocalDate date;
    private final String pointer;

    public NoRulePackException(String provinceCode, LocalDate date) {
        this(provinceCode, date, null);
    }

    /**
     * @param pointer JSON Pointer of the plan's value at fault, when a plan chose no pack (see {@link #pointer()})
     */
    public NoRulePackException(String provinceCode, LocalDate date, String pointer) {
        super("Không có bộ quy tắc nào có hiệu lực cho tỉnh '" + provinceCode + "' vào ngày " + date);
        this.provinceCode = provinceCode;
        this.date = date;
        this.pointer = pointer;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public LocalDate date() {
        return date;
    }

    /**
     * When a plan was validated, the JSON Pointer of its value at fault: {@code /province/code} when no
     * pack of the province is loaded at all, else the date that selected none ({@code /dateLine/date}
     * for a complete issue date, else {@code /year}); {@code null} when no plan was involved.
     */
    public String pointer() {
        return pointer;
    }
}
