/** The platform's one clock: "now", and "today" as a day in Vietnam. */
@Export
@Version("1.0.0")
package vn.thidua.plan.time;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
