/**
 * The {@code thidua:plan-import-doc} console command. Nothing here is exported.
 *
 * <p>Karaf's shell extender scans the classes of every bundle with a {@code Karaf-Commands}
 * header for {@code @Service} actions; bnd writes that header from the annotation below.
 */
@Header(name = "Karaf-Commands", value = "*")
package vn.thidua.importer.shell.internal;

import org.osgi.annotation.bundle.Header;
