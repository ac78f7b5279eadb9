package vn.thidua.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import vn.thidua.plan.Plan;

/**
 * Every pack the extender found, and the one in force for a province on a date. Answers always
 * reflect the packs installed at the moment of the call: installing, updating or removing a pack
 * changes them at once, without any consumer being restarted.
 */
@ProviderType
public interface RulePackRegistry {

    /** Every pack found, refused ones included, by province then version. */
    List<RulePackInfo> packs();

    Optional<RulePack> pack(String id);

    /** The loaded pack covering {@code date} for the province; of several, the highest version. */
    Optional<RulePack> inForce(String provinceCode, LocalDate date);

    /**
     * The date that selects the pack for a plan: its issue date when the date line has a complete
     * date, else 1 January of its year.
     */
    LocalDate dateOf(Plan plan);

    /**
     * Validates the plan against the pack in force for its province on {@link #dateOf(Plan)}.
     *
     * @throws vn.thidua.plan.province.DissolvedProvinceException when the province no longer existed on that
     *         date (the exception names its successor)
     * @throws vn.thidua.plan.province.UnknownProvinceException when neither the province map nor a pack knows it
     */
    ValidationReport validate(Plan plan) throws NoRulePackException;

    /**
     * A new plan for the province and year, from the pack in force on 1 January of that year; refused as
     * {@link #validate(Plan)} refuses a dissolved or unknown province.
     */
    Plan draft(String provinceCode, int year) throws NoRulePackException;
}
