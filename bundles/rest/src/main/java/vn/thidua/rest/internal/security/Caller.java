package vn.thidua.rest.internal.security;

import java.security.Principal;
import java.util.Set;

/**
 * Who made a request, once authenticated.
 *
 * @param name   the realm user, or {@code token:<name>} for an API token
 * @param roles  the API roles in effect ({@link Role#effective})
 * @param scheme {@code BASIC} or {@code BEARER}
 */
public record Caller(String name, Set<String> roles, String scheme) implements Principal {

    public Caller {
        roles = Set.copyOf(roles);
    }

    @Override
    public String getName() {
        return name;
    }
}
