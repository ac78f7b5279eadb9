/**
 * Province rule packs: which pack is in force for a province, an issuer kind and a plan kind on a date, the validation of a plan
 * against it, and drafting a new year's plan from its template.
 *
 * <p>A pack is data, not code: a descriptor inside a bundle that exports nothing (or a file dropped
 * into a watched folder), loaded by the extender of the {@code vn.thidua.rules} bundle. Consumers
 * see packs only through {@link vn.thidua.rules.RulePackRegistry}, so swapping a pack never
 * refreshes them.
 *
 * <p>1.2.0: {@link vn.thidua.rules.RulePackChecker} checks a pack without installing it and scaffolds the
 * next year's pack; the registry refuses a province that had ended by the plan's date.
 */
@Export
@Version("1.2.0")
package vn.thidua.rules;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
