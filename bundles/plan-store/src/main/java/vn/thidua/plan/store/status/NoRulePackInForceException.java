package vn.thidua.plan.store.status;

import java.time.LocalDate;

import vn.thidua.plan.store.PlanStatus;

/** No rule pack is in force for the plan's province on the date that selects it, so it can only be a DRAFT. */
public class NoRulePackInForceException extends StatusRefusedException {

    private static final long serialVersionUID = 1L;

    private final String provinceCode;
    private final transient LocalDate date;
    private final String field;

    /**
     * @param field JSON Pointer of the plan's value at fault: {@code /province/code} when no pack of the
     *              province is loaded at all, else the date that selected none ({@code /dateLine/date}
     *              or {@code /year})
     */
    public NoRulePackInForceException(PlanStatus status, String provinceCode, LocalDate date, String field) {
        super(status, "The plan cannot be " + status + ": no rule pack is in force for province '" + provinceCode
                + "' on " + date + " (" + field + ")");
        this.provinceCode = provinceCode;
        this.date = date;
        this.field = field;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public LocalDate date() {
        return date;
    }

    public String field() {
        return field;
    }
}
