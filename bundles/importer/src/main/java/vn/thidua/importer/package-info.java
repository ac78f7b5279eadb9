/**
 * Importing existing plan documents (Word, PDF with a text layer, plain text or Markdown) into
 * structured {@link vn.thidua.plan.Plan}s: the {@link vn.thidua.importer.PlanImporter} service, its
 * {@link vn.thidua.importer.ImportResult} with the review list, and the typed refusals of bad input.
 */
@Export
@Version("1.0.0")
package vn.thidua.importer;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
