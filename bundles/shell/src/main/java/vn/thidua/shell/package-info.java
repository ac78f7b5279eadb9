/**
 * Support for {@code thidua:*} console commands in other bundles: finding and reading the plan file
 * a command names, with one-line errors that name the file and the field at fault.
 */
@Export
@Version("1.0.0")
package vn.thidua.shell;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
