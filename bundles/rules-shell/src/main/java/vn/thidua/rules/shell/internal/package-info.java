/**
 * The {@code thidua:rulepacks}, {@code thidua:validate} and {@code thidua:draft} console commands.
 * Not exported; Karaf's shell extender finds them through the {@code Karaf-Commands} header.
 */
@Header(name = "Karaf-Commands", value = "*")
package vn.thidua.rules.shell.internal;

import org.osgi.annotation.bundle.Header;
