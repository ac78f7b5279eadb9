package vn.thidua.plan.store.jpa.internal;

import vn.thidua.plan.Plan;
import vn.thidua.plan.province.ProvinceLineage;
import vn.thidua.plan.province.UnknownProvinceException;
import vn.thidua.plan.store.InvalidRequestException;
import vn.thidua.plan.store.PlanNotFoundException;

/** The checks of a request's values that every part of the repository makes, and the refusals they give. */
final class Checks {

    /** Recorded as the author of a change when the caller names nobody. */
    static final String UNKNOWN_USER = "unknown";

    private static final int MAX_NAME = 200;

    private Checks() {
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidRequestException(field, field + " is required");
        }
        return value;
    }

    /** Who makes a change, as recorded: {@link #UNKNOWN_USER} when the caller names nobody. */
    static String who(String user) {
        if (user == null || user.isBlank()) {
            return UNKNOWN_USER;
        }
        return limited(user.strip(), "user");
    }

    /** A rule pack id as given, or {@code null} when blank. */
    static String rulePack(String rulePackId) {
        return rulePackId == null || rulePackId.isBlank() ? null : limited(rulePackId.strip(), "rulePackId");
    }

    /**
     * Refuses a plan whose province code names no province-level unit, past or present, with the closest
     * known names; a dissolved province stays storable (its old plans are history).
     */
    static void knownProvince(Plan plan, ProvinceLineage provinces) {
        try {
            provinces.requireKnown(plan.province().code());
        } catch (UnknownProvinceException e) {
            throw new InvalidRequestException(UnknownProvinceException.POINTER, e.getMessage());
        }
    }

    static PlanNotFoundException notFound(String id) {
        return new PlanNotFoundException("No plan " + id);
    }

    private static String limited(String value, String field) {
        if (value.length() > MAX_NAME) {
            throw new InvalidRequestException(field, field + " must be at most " + MAX_NAME + " characters, was "
                    + value.length());
        }
        return value;
    }
}
