package vn.thidua.web.internal;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Where the web reaches the REST API: over loopback, on a plain HTTP connector of this Jetty. A
 * request that came in on that connector names it (its local port). One that came in on Jetty's own
 * HTTPS connector ({@code org.osgi.service.http.secure.enabled}) does not: loopback speaks plain
 * HTTP, and a certificate made for the public name would not match 127.0.0.1. Then the HTTP
 * connector is found among the endpoints the HTTP runtime announces ({@code osgi.http.endpoint}).
 */
final class LoopbackApi {

    private static final String RUNTIME = "(objectClass=org.osgi.service.http.runtime.HttpServiceRuntime)";
    private static final String ENDPOINT = "osgi.http.endpoint";

    private final Supplier<List<String>> endpoints;

    LoopbackApi(Supplier<List<String>> endpoints) {
        this.endpoints = endpoints;
    }

    /** The endpoints of the HTTP runtime in this framework, read at each use (a new pax-web configuration changes them). */
    static LoopbackApi of(BundleContext context) {
        return new LoopbackApi(() -> {
            List<String> found = new ArrayList<>();
            try {
                ServiceReference<?>[] references = context.getServiceReferences((String) null, RUNTIME);
                for (ServiceReference<?> reference : references == null ? new ServiceReference<?>[0] : references) {
                    found.addAll(values(reference.getProperty(ENDPOINT)));
                }
            } catch (InvalidSyntaxException | IllegalStateException e) {
                // No framework any more (the bundle stopping): no endpoint to offer.
            }
            return found;
        });
    }

    /**
     * The API's root ({@code …/api/v1/}) for a request that came in on {@code localPort}.
     *
     * @throws NoHttpConnector when the request came over HTTPS and Jetty has no plain HTTP connector
     */
    URI root(int localPort) throws NoHttpConnector {
        List<Integer> httpPorts = new ArrayList<>();
        List<String> announced = endpoints.get();
        for (String endpoint : announced) {
            try {
                URI uri = URI.create(endpoint.trim());
                if ("http".equalsIgnoreCase(uri.getScheme()) && uri.getPort() > 0) {
                    httpPorts.add(uri.getPort());
                }
            } catch (IllegalArgumentException e) {
                // Not a URI: not an endpoint this can use.
            }
        }
        if (announced.isEmpty() || httpPorts.contains(localPort)) {
            // No runtime to ask (a test's servlet container): the request's own connector, as always.
            return at(localPort);
        }
        if (httpPorts.isEmpty()) {
            throw new NoHttpConnector(announced);
        }
        return at(httpPorts.get(0));
    }

    private static URI at(int port) {
        return URI.create("http://127.0.0.1:" + port + "/api/v1/");
    }

    private static List<String> values(Object property) {
        if (property instanceof String text) {
            return List.of(text);
        }
        if (property instanceof String[] texts) {
            return Arrays.asList(texts);
        }
        if (property instanceof Collection<?> items) {
            return items.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    /** Jetty serves HTTPS only: the web has no loopback HTTP connector to reach the API on. */
    static final class NoHttpConnector extends IOException {
        private static final long serialVersionUID = 1L;

        NoHttpConnector(List<String> endpoints) {
            super("The web workspace reaches the REST API over Jetty's plain HTTP connector on loopback, and Jetty has none"
                    + " (endpoints " + endpoints + "): keep org.osgi.service.http.enabled = true in etc/org.ops4j.pax.web.cfg"
                    + " beside HTTPS (it listens on org.ops4j.pax.web.listening.addresses, 127.0.0.1 by default)");
        }
    }
}
