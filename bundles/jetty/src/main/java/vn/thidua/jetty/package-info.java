/**
 * Taking part in what Karaf's Jetty server does for every request, whatever bundle serves it:
 * register a {@link vn.thidua.jetty.ServerHook} service. This bundle's one Jetty {@code Handler}
 * service passes each request and the server itself on to the hooks registered at the time.
 */
@Export
@Version("1.0.0")
package vn.thidua.jetty;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
