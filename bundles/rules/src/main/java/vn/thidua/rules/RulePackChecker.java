package vn.thidua.rules;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import vn.thidua.plan.Plan;

/**
 * An administrator's tools around packs that never touch the registry: check a descriptor as the registry
 * would load it, and start a new one from the pack in force.
 */
@ProviderType
public interface RulePackChecker {

    /**
     * Loads a descriptor without installing it: reads it strictly, compiles its rules, drafts every year of
     * its period (an open period: up to next year) and validates each draft against it, validates the plans
     * given, and compares it with the pack in force for its province on its first day.
     *
     * @param descriptor the descriptor's bytes (YAML or JSON, UTF-8)
     * @param origin     where it comes from, for messages (a file name)
     * @param plans      plans to validate against it (may be empty)
     */
    PackCheckReport check(byte[] descriptor, String origin, List<Plan> plans);

    /**
     * The descriptor of the pack in force for the province on 1 January of {@code year} (else of the year
     * before), rewritten as the start of a pack for {@code year}: version {@code year.0.0}, in force from
     * 1 January of {@code year}, with a commented header that says what to edit and how to check it. Empty
     * when no loaded pack of the province is in force then.
     */
    Optional<String> scaffold(String provinceCode, int year);
}
