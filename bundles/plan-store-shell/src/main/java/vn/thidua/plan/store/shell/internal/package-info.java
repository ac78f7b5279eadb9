/**
 * The {@code thidua:plans}, {@code thidua:plan-import} and {@code thidua:plan-history} console
 * commands. Nothing here is exported.
 *
 * <p>Karaf's shell extender scans the classes of every bundle with a {@code Karaf-Commands}
 * header for {@code @Service} actions; bnd writes that header from the annotation below.
 */
@Header(name = "Karaf-Commands", value = "*")
package vn.thidua.plan.store.shell.internal;

import org.osgi.annotation.bundle.Header;
