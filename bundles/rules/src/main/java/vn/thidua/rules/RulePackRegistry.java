package vn.thidua.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import vn.thidua.plan.IssuerKind;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanKind;

/**
 * Every pack the extender found, and the one in force for a province, an issuer kind and a plan kind
 * on a date: one province carries several packs side by side (its board's yearly plan, its People's
 * Committee's campaigns …). The methods without issuer and plan kind are a board's yearly plan. Answers always
 * reflect the packs installed at the moment of the call: installing, updating or removing a pack
 * changes them at once, without any consumer being restarted.
 */
@ProviderType
public interface RulePackRegistry {

    /** Every pack found, refused ones included, by province then version. */
    List<RulePackInfo> packs();

    Optional<RulePack> pack(String id);

    /**
     * The loaded board's pack for yearly plans covering {@code date} for the province; of several, the
     * highest version. The same as {@code inForce(provinceCode, IssuerKind.BOARD, PlanKind.YEARLY, date)}.
     */
    Optional<RulePack> inForce(String provinceCode, LocalDate date);

    /**
     * The loaded pack for plans of that issuer and kind covering {@code date} for the province; of
     * several, the highest version. When the province has none, a pack whose {@code succeeds} names it.
     *
     * @since 1.2
     */
    default Optional<RulePack> inForce(String provinceCode, IssuerKind issuer, PlanKind kind, LocalDate date) {
        return inForce(provinceCode, date).filter(p -> p.info().serves(issuer, kind));
    }

    /**
     * The pack that drafts a plan of that issuer and kind for {@code year}: the one in force on the
     * first day of the plan kind's window in that year (1 January for a yearly plan), else the first
     * that comes into force later in that year (a pack in force from 1 July drafts that year's plan
     * dated July). Empty when no pack of the province, issuer and kind is in force during the year.
     *
     * @since 1.2
     */
    default Optional<RulePack> forDraft(String provinceCode, IssuerKind issuer, PlanKind kind, int year) {
        return inForce(provinceCode, issuer, kind, LocalDate.of(year, 1, 1));
    }

    /**
     * The issuer kind that selects a plan's pack (see {@link IssuerKinds}).
     *
     * @since 1.2
     */
    default IssuerKind issuerOf(Plan plan) {
        return IssuerKinds.of(plan);
    }

    /**
     * The date that selects the pack for a plan: its issue date when the date line has a complete
     * date, else 1 January of its year.
     */
    LocalDate dateOf(Plan plan);

    /**
     * Validates the plan against the pack in force for its province, its issuer kind
     * ({@link #issuerOf(Plan)}) and its plan kind on {@link #dateOf(Plan)}.
     *
     * @throws vn.thidua.plan.province.DissolvedProvinceException when the province no longer existed on that
     *         date (the exception names its successor)
     * @throws vn.thidua.plan.province.UnknownProvinceException when neither the province map nor a pack knows it
     */
    ValidationReport validate(Plan plan) throws NoRulePackException;

    /**
     * A new board's yearly plan for the province and year: {@code draft(provinceCode, BOARD, YEARLY, year)};
     * refused as {@link #validate(Plan)} refuses a dissolved or unknown province.
     */
    Plan draft(String provinceCode, int year) throws NoRulePackException;

    /**
     * A new plan of that issuer and kind for the province and year, from the pack of
     * {@link #forDraft}, dated inside that pack's period and the plan kind's window.
     *
     * @since 1.2
     */
    default Plan draft(String provinceCode, IssuerKind issuer, PlanKind kind, int year) throws NoRulePackException {
        return forDraft(provinceCode, issuer, kind, year)
                .orElseThrow(() -> new NoRulePackException(provinceCode, issuer, kind, LocalDate.of(year, 1, 1), null))
                .draft(kind, year);
    }
}
