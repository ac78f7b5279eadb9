/**
 * Templates an exporter lays a plan out in when another bundle provides one for the plan: the rule
 * engine offers the Word template a province's rule pack carries. The interface lives here, with the
 * exporters, so that an exporter depends on this package only: it works with no rules installed, and
 * installing, updating or refreshing the rule engine never restarts it.
 */
@Export
@Version("1.0.0")
package vn.thidua.export.template;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
