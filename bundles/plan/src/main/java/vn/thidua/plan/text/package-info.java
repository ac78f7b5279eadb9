/**
 * Plans as text: Vietnamese dates, numbers and times as written in plans, and the plain-text
 * rendering of a plan in the order of the original document.
 */
@Export
@Version("1.2.0")
package vn.thidua.plan.text;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
