package vn.thidua.web.internal;

import java.net.HttpURLConnection;
import java.util.Collection;
import java.util.function.Supplier;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Tells the REST API whose request the web passes on: every call of the web reaches the API from
 * loopback, so without this the API's login throttle would count every browser's failures as one
 * address's (and lock out every sign-in after a few). The API hands a random key, for this run only,
 * to code in the same JVM (a service {@code (thidua.rest.clientForwarding=true)}); the web sends it
 * with the browser's address, and the API believes the address only with the key.
 */
final class ClientForwarding {

    static final String ADDRESS_HEADER = "X-Thidua-Client-Address";
    static final String KEY_HEADER = "X-Thidua-Forwarding-Key";
    static final String FILTER = "(thidua.rest.clientForwarding=true)";

    private final Supplier<String> key;

    ClientForwarding(Supplier<String> key) {
        this.key = key;
    }

    /** The key of the API running in this framework, looked up at each use (the API may restart). */
    @SuppressWarnings({ "rawtypes", "unchecked" })
    static ClientForwarding of(BundleContext context) {
        return new ClientForwarding(() -> {
            try {
                Collection<ServiceReference<Supplier>> found = context.getServiceReferences(Supplier.class, FILTER);
                for (ServiceReference<Supplier> reference : found) {
                    Supplier<?> service = context.getService(reference);
                    if (service != null) {
                        try {
                            return String.valueOf(service.get());
                        } finally {
                            context.ungetService(reference);
                        }
                    }
                }
                return null;
            } catch (InvalidSyntaxException | IllegalStateException e) {
                return null;
            }
        });
    }

    /** Adds the browser's address and the key, when the API has one; else the API sees loopback. */
    void apply(HttpURLConnection connection, String clientAddress) {
        String current = key.get();
        if (current != null && clientAddress != null) {
            connection.setRequestProperty(ADDRESS_HEADER, clientAddress);
            connection.setRequestProperty(KEY_HEADER, current);
        }
    }
}
