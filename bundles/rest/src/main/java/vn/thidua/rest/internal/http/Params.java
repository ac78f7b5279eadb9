package vn.thidua.rest.internal.http;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

import vn.thidua.plan.Plan;
import vn.thidua.plan.Province;
import vn.thidua.rest.internal.problem.ProblemException;

/**
 * Reads query and path parameters from their text, so that a bad value is a 400 naming the
 * parameter (JAX-RS itself answers 404 for an unparsable query parameter).
 */
public final class Params {

    /** Default page size of listings. */
    public static final int DEFAULT_LIMIT = 50;

    private Params() {
    }

    /** An integer, or null when the parameter is absent or blank. */
    public static Integer optionalInt(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name, name + " must be a whole number, was '" + value + "'");
        }
    }

    public static int intOr(String name, String value, int fallback) {
        Integer parsed = optionalInt(name, value);
        return parsed == null ? fallback : parsed;
    }

    /** An ISO date ({@code 2024-06-30}), or null when absent. */
    public static LocalDate optionalDate(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, name + " must be a date as YYYY-MM-DD, was '" + value + "'");
        }
    }

    /** An enum constant by name, case-insensitive, or null when absent. */
    public static <E extends Enum<E>> E optionalEnum(String name, String value, Class<E> type) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name, name + " must be one of " + Arrays.toString(type.getEnumConstants())
                    + ", was '" + value + "'");
        }
    }

    public static Boolean optionalBoolean(String name, String value) {
        if (blank(value)) {
            return null;
        }
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true":
                return Boolean.TRUE;
            case "false":
                return Boolean.FALSE;
            default:
                throw ProblemException.badRequest(name, name + " must be true or false, was '" + value + "'");
        }
    }

    /** A province code as rule packs and plans key them ({@code gia-lai}), or null when absent. */
    public static String optionalProvince(String name, String value) {
        if (blank(value)) {
            return null;
        }
        String code = value.trim();
        if (!Province.isCode(code)) {
            throw ProblemException.badRequest(name, name + " must be a province code: " + Province.CODE_RULE + ", was '"
                    + value + "'");
        }
        return code;
    }

    public static String requiredProvince(String name, String value) {
        String code = optionalProvince(name, value);
        if (code == null) {
            throw ProblemException.badRequest(name, name + " is required");
        }
        return code;
    }

    /** A year a plan can be for (as the plan model bounds it). */
    public static int year(String name, Integer value) {
        if (value == null) {
            throw ProblemException.badRequest(name, name + " is required");
        }
        if (!Plan.isYear(value)) {
            throw ProblemException.badRequest(name, name + " must be between " + Plan.FIRST_YEAR + " and " + Plan.LAST_YEAR
                    + ", was " + value);
        }
        return value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
