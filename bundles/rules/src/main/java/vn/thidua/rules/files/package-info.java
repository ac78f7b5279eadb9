/**
 * The watched rule-pack folder as a service: an administrator's descriptor written into it under a safe
 * name after it was checked (a refused pack is never written), the files it holds, and the removal of one,
 * which rolls back to the version in force before. What the folder does with its files (loading, refusing,
 * never bringing back a removed pack) is the registry's, as for a file dropped by hand.
 *
 * <p>1.0.0: {@link vn.thidua.rules.files.RulePackFiles}.
 */
@Export
@Version("1.0.0")
package vn.thidua.rules.files;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
