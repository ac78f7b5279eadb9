package vn.thidua.rules;

import java.util.List;

/**
 * What checking a pack without installing it found.
 *
 * @param pack         the pack's identity as it would load, or {@code null} when it could not be read that far
 * @param problems     every reason it would be refused, each with its JSON Pointer; empty when installable
 * @param draftedYears the years of its period it drafted, each draft validated against the pack itself
 * @param plans        the plans given, validated against the checked pack
 * @param inForce      the id of the pack in force for the same province on the checked pack's first day, or
 *                     {@code null} when none
 * @param changes      what installing it would change against {@code inForce}
 */
public record PackCheckReport(RulePackInfo pack, List<PackProblem> problems, List<Integer> draftedYears,
        List<ValidationReport> plans, String inForce, List<PackChange> changes) {

    public PackCheckReport {
        problems = List.copyOf(problems);
        draftedYears = List.copyOf(draftedYears);
        plans = List.copyOf(plans);
        changes = List.copyOf(changes);
    }

    /** True when the registry would load the pack. */
    public boolean installable() {
        return problems.isEmpty();
    }
}
