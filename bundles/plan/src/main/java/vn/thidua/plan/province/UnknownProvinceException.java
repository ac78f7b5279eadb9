package vn.thidua.plan.province;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A province code that names no province-level unit, past or present; {@link #closest()} are the known units
 * whose code or name is nearest to it, for the message and for a client to offer.
 */
public class UnknownProvinceException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The JSON Pointer of the province code in a plan. */
    public static final String POINTER = "/province/code";

    private final String code;
    private final transient List<ProvinceUnit> closest;

    public UnknownProvinceException(String code, List<ProvinceUnit> closest) {
        super("Unknown province '" + code + "'" + (closest.isEmpty() ? "" : "; closest known: "
                + closest.stream().map(u -> u.name() + " (" + u.code() + ")").collect(Collectors.joining(", "))));
        this.code = code;
        this.closest = List.copyOf(closest);
    }

    /** The code as given. */
    public String code() {
        return code;
    }

    /** The nearest known units, nearest first. */
    public List<ProvinceUnit> closest() {
        return closest;
    }
}
