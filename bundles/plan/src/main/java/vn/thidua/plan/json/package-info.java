/** The JSON form of a plan: reading, writing and the published JSON Schema. */
@Export
@Version("1.2.0")
package vn.thidua.plan.json;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
