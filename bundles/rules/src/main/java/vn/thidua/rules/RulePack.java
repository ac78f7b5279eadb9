package vn.thidua.rules;

import java.net.URL;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanKind;

/** A loaded pack: its rules, its template, and any files it carries (such as a Word template). */
@ProviderType
public interface RulePack {

    RulePackInfo info();

    List<RuleInfo> rules();

    /** Runs every rule of this pack on the plan. Never throws for a bad plan: what is wrong becomes findings. */
    ValidationReport validate(Plan plan);

    /**
     * A complete new plan for {@code year} from the pack's template: deadlines, phases and
     * anniversaries placed in that year. It validates with no error against this pack.
     *
     * @throws IllegalArgumentException if the pack is not in force in that year
     */
    Plan draft(int year);

    /**
     * A complete new plan of that kind for {@code year}, dated inside this pack's period and the
     * kind's window (a yearly plan from 1 January; a campaign from the window's start, which may run
     * into the next year). {@link #draft(int)} is the first kind the pack covers.
     *
     * @throws IllegalArgumentException if the pack does not cover the kind, or is not in force in that year
     * @since 1.2
     */
    default Plan draft(PlanKind kind, int year) {
        if (!info().planKinds().contains(kind)) {
            throw new IllegalArgumentException("pack " + info().id() + " does not draft " + kind + " plans (it covers "
                    + info().planKinds() + ")");
        }
        return draft(year);
    }

    /** A file the pack carries next to its descriptor, by relative name ({@code templates/plan.docx}). */
    Optional<URL> resource(String name);
}
