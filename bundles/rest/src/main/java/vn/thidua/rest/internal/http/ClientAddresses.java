package vn.thidua.rest.internal.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The client's address for the login throttle and the audit log. The web workspace on the same
 * Jetty calls the API from loopback for every browser; it names the browser's address in
 * {@value #ADDRESS_HEADER}, which is believed only from loopback and with the key of this run
 * ({@value #KEY_HEADER}), a random value handed to code in the same JVM only (a {@link Supplier}
 * service with {@code thidua.rest.clientForwarding=true}). Anyone else, a reverse proxy in front
 * included, gets the connection's own address, as before.
 */
public final class ClientAddresses implements Supplier<String> {

    public static final String ADDRESS_HEADER = "X-Thidua-Client-Address";
    public static final String KEY_HEADER = "X-Thidua-Forwarding-Key";
    public static final String SERVICE_PROPERTY = "thidua.rest.clientForwarding";

    /** An IPv4 or IPv6 literal (never a name to look up), nothing that could forge a line of the log. */
    private static final Pattern ADDRESS = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f.]*:[0-9A-Fa-f:.]{1,44}");

    private final String key;

    public ClientAddresses() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The key, for the web in the same JVM. */
    @Override
    public String get() {
        return key;
    }

    /** The address to count a request's logins against. */
    public String of(String remoteAddress, String forwardedAddress, String forwardingKey) {
        if (forwardedAddress == null || forwardingKey == null || !loopback(remoteAddress)
                || !MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8), forwardingKey.getBytes(StandardCharsets.UTF_8))
                || !ADDRESS.matcher(forwardedAddress).matches()) {
            return remoteAddress;
        }
        return forwardedAddress;
    }

    private static boolean loopback(String address) {
        if (address == null || !ADDRESS.matcher(address).matches()) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress(); // a literal: no lookup
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
