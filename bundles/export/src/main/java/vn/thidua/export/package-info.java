/**
 * Turning a plan into a document: one {@link vn.thidua.export.DocumentExporter} service per format,
 * each in its own bundle, found through {@link vn.thidua.export.DocumentExports}.
 */
@Export
@Version("1.1.0")
package vn.thidua.export;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
