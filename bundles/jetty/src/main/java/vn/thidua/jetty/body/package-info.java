/**
 * A request's body collected as its bytes arrive, with no thread waiting in between (the servlet's
 * non-blocking read), bounded in size, in time and in the bytes held by all the bodies still
 * arriving: {@link vn.thidua.jetty.body.BodyCollector}. For every servlet that reads a body a client
 * may send slowly (the REST API, the web's sign-in form and its calls to the API).
 */
@Export
@Version("1.0.0")
package vn.thidua.jetty.body;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
