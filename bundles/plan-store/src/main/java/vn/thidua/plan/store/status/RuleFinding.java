package vn.thidua.plan.store.status;

import java.util.Objects;

/**
 * An error that keeps a plan from a status: one a rule of the pack in force found, or one of the
 * store's own for an ISSUED plan ({@link #ISSUED_NEEDS_NUMBER}, {@link #ISSUED_NEEDS_DATE}).
 *
 * @param ruleId   the rule's id ({@code number-format}, {@code issue-date} …)
 * @param pointer  JSON Pointer (RFC 6901) of the element at fault in the plan's JSON ("" for the whole plan)
 * @param message  what is wrong, in Vietnamese, naming what was expected and what was found
 * @param expected what the rule expected, as short text, or {@code null}
 * @param found    what the plan holds, as short text, or {@code null}
 */
public record RuleFinding(String ruleId, String pointer, String message, String expected, String found) {

    /** An ISSUED plan carries its registered document number (số văn bản). */
    public static final String ISSUED_NEEDS_NUMBER = "issued-needs-number";

    /** An ISSUED plan carries its complete issue date (ngày ban hành: day, month and year). */
    public static final String ISSUED_NEEDS_DATE = "issued-needs-date";

    public RuleFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }
}
