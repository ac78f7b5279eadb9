package vn.thidua.rules;

import java.util.Objects;

/**
 * One thing a rule found in a plan.
 *
 * @param ruleId   the id of the rule in its pack, such as {@code deadline-in-plan-year}
 * @param severity how much it matters
 * @param pointer  JSON Pointer (RFC 6901) of the element at fault in the plan's JSON ("" for the whole plan)
 * @param message  what is wrong, in Vietnamese, naming what was expected and what was found
 * @param expected what the rule expected, as short text (may be {@code null})
 * @param found    what the plan holds, as short text (may be {@code null})
 */
public record Finding(String ruleId, Severity severity, String pointer, String message, String expected, String found) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }
}
