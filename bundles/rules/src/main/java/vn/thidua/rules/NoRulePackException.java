package vn.thidua.rules;

import java.time.LocalDate;

import vn.thidua.plan.IssuerKind;
import vn.thidua.plan.PlanKind;

/** No loaded pack is in force for a province on a date. */
public class NoRulePackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String provinceCode;
    private final transient LocalDate date;
    private final String pointer;
    private final IssuerKind issuer;
    private final PlanKind kind;

    public NoRulePackException(String provinceCode, LocalDate date) {
        this(provinceCode, date, null);
    }

    /**
     * @param pointer JSON Pointer of the plan's value at fault, when a plan chose no pack (see {@link #pointer()})
     */
    public NoRulePackException(String provinceCode, LocalDate date, String pointer) {
        this(provinceCode, IssuerKind.BOARD, PlanKind.YEARLY, date, pointer);
    }

    /**
     * No pack for plans of that issuer and kind; the message names them unless they are a board's
     * yearly plan (the wording of packs before issuer kinds).
     *
     * @since 1.2
     */
    public NoRulePackException(String provinceCode, IssuerKind issuer, PlanKind kind, LocalDate date, String pointer) {
        super("Không có bộ quy tắc nào có hiệu lực cho tỉnh '" + provinceCode + "'"
                + (issuer == IssuerKind.BOARD && kind == PlanKind.YEARLY ? ""
                        : " (cơ quan ban hành " + issuer + ", loại kế hoạch " + kind + ")")
                + " vào ngày " + date);
        this.provinceCode = provinceCode;
        this.date = date;
        this.pointer = pointer;
        this.issuer = issuer;
        this.kind = kind;
    }

    /** @since 1.2 */
    public IssuerKind issuer() {
        return issuer;
    }

    /** @since 1.2 */
    public PlanKind kind() {
        return kind;
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
