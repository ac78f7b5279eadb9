/**
 * The emulation-movement plan (Kế hoạch phát động phong trào thi đua) as immutable values.
 *
 * <p>Every value keeps the original wording of the document next to what was parsed from it, so
 * a plan read from a real document renders back in its own words.
 */
@Export
@Version("1.3.0")
package vn.thidua.plan;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
