package vn.thidua.plan.province;

import java.time.LocalDate;

/**
 * A plan dated on a day its province no longer existed: Bắc Giang on 2027-01-01, merged into Bắc Ninh on
 * 2025-07-01. {@link #successor()} is the unit in force on that day that took it over.
 */
public class DissolvedProvinceException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final LocalDate date;
    private final transient ProvinceUnit ended;
    private final transient ProvinceUnit successor;

    public DissolvedProvinceException(ProvinceUnit ended, LocalDate date, ProvinceUnit successor) {
        super(ended.fullName() + " (" + ended.code() + ") no longer exists on " + date + ": it ended on " + ended.to()
                + " and its successor is " + successor.fullName() + " (" + successor.code() + "), from "
                + successor.from() + "; draft or date the plan for " + successor.code());
        this.code = ended.code();
        this.date = date;
        this.ended = ended;
        this.successor = successor;
    }

    public String code() {
        return code;
    }

    public LocalDate date() {
        return date;
    }

    /** The dissolved unit's last record. */
    public ProvinceUnit ended() {
        return ended;
    }

    /** The unit in force on {@link #date()} that descends from it. */
    public ProvinceUnit successor() {
        return successor;
    }
}
