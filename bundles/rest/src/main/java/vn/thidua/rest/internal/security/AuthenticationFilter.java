package vn.thidua.rest.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;

import vn.thidua.rest.internal.problem.Problem;
import vn.thidua.rest.internal.problem.ProblemException;

/**
 * Authenticates every request but those to anonymous paths (health) before anything else reads
 * it: HTTP Basic against the realm, or as {@code Bearer} an API token or a session token (one
 * login exchanged at {@code POST /sessions}). Without credentials, or
 * with wrong ones, the request ends with 401 and a {@code WWW-Authenticate} challenge. The roles
 * are then checked per resource method ({@code @RolesAllowed}), which answers 403.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class AuthenticationFilter implements ContainerRequestFilter {

    /** The challenge of a 401: both schemes the API accepts. */
    public static final String CHALLENGE = "Basic realm=\"thidua\", charset=\"UTF-8\"";

    /**
     * The request property (a servlet request attribute) with the client's address, set by the
     * servlet before Jersey sees the request; absent in tests without a servlet.
     */
    public static final String CLIENT_ADDRESS = "vn.thidua.rest.clientAddress";

    private final Set<String> anonymousPaths;
    private final PasswordCheck passwords;
    private final Supplier<ApiTokens> tokens;
    private final Supplier<LoginThrottle> throttle;
    private final SessionTokens sessions;

    public AuthenticationFilter(Set<String> anonymousPaths, PasswordCheck passwords, Supplier<ApiTokens> tokens,
            Supplier<LoginThrottle> throttle, SessionTokens sessions) {
        this.anonymousPaths = Set.copyOf(anonymousPaths);
        this.passwords = passwords;
        this.tokens = tokens;
        this.throttle = throttle;
        this.sessions = sessions;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean anonymous = anonymousPaths.contains(path.startsWith("/") ? path.substring(1) : path);
        if (anonymous && (authorization == null || authorization.isBlank())) {
            return;
        }
        if (authorization == null || authorization.isBlank()) {
            throw unauthorized("This API needs credentials: HTTP Basic (a user of the realm) or an API token (Bearer)");
        }
        Object address = request.getProperty(CLIENT_ADDRESS);
        // Credentials on an anonymous path are checked too: health tells more to a caller it knows.
        Caller caller = authenticate(authorization.trim(), address == null ? "(unknown)" : address.toString());
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(new CallerContext(caller, secure));
    }

    /** What follows the scheme in an {@code Authorization} header: the Basic pair, the token. */
    public static String credentials(String authorization) {
        String trimmed = authorization.trim();
        int space = trimmed.indexOf(' ');
        return space < 0 ? "" : trimmed.substring(space + 1).trim();
    }

    /** The scheme of an {@code Authorization} header: what comes before the first space. */
    private static String scheme(String authorization) {
        String trimmed = authorization.trim();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    /** The token of a {@code Bearer} header; empty for any other scheme. */
    public static Optional<String> bearerToken(String authorization) {
        return "Bearer".equalsIgnoreCase(scheme(authorization)) ? Optional.of(credentials(authorization)) : Optional.empty();
    }

    private Caller authenticate(String authorization, String address) {
        String scheme = scheme(authorization);
        String credentials = credentials(authorization);
        if ("Basic".equalsIgnoreCase(scheme)) {
            return basic(credentials, address);
        }
        if ("Bearer".equalsIgnoreCase(scheme)) {
            Optional<Caller> caller = tokens.get().caller(credentials).or(() -> sessions.caller(credentials));
            if (caller.isEmpty()) {
                LoginAudit.tokenRefused(address);
                throw unauthorized("The token is not valid: not an API token, or a session token that has expired or was revoked");
            }
            return caller.get();
        }
        throw unauthorized("Unsupported authorization scheme '" + scheme + "'; use Basic or Bearer");
    }

    private Caller basic(String credentials, String address) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw unauthorized("The Basic credentials are not valid Base64");
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw unauthorized("The Basic credentials must be user:password");
        }
        String user = decoded.substring(0, colon);
        LoginThrottle failures = throttle.get();
        Optional<Duration> locked = failures.locked(user, address);
        if (locked.isPresent()) {
            // Not checked at all while locked: a guess made now tells nothing, right or wrong.
            long seconds = Math.max(1, (locked.get().toMillis() + 999) / 1000);
            LoginAudit.throttled(user, address, seconds);
            throw new ProblemException(Problem.of("too-many-logins", "Too many failed logins", 429,
                    "Too many failed logins for this account or from this address; try again in " + seconds + " s")
                    .withField(HttpHeaders.AUTHORIZATION).with("retryAfterSeconds", seconds),
                    Map.of(HttpHeaders.RETRY_AFTER, Long.toString(seconds)));
        }
        Optional<Set<String>> roles = passwords.login(user, decoded.substring(colon + 1));
        if (roles.isEmpty()) {
            LoginAudit.failed(user, address, failures.failed(user, address));
            throw unauthorized("Wrong user name or password");
        }
        if (failures.succeeded(user)) {
            LoginAudit.succeededAfterFailures(user, address);
        }
        return new Caller(user, Role.effective(roles.get()), "BASIC");
    }

    static ProblemException unauthorized(String detail) {
        return new ProblemException(Problem.of(401, detail).withField(HttpHeaders.AUTHORIZATION),
                Map.of(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE + ", Bearer realm=\"thidua\""));
    }

    /** The caller as JAX-RS sees it: {@code @RolesAllowed} asks {@link #isUserInRole}. */
    private static final class CallerContext implements SecurityContext {
        private final Caller caller;
        private final boolean secure;

        CallerContext(Caller caller, boolean secure) {
            this.caller = caller;
            this.secure = secure;
        }

        @Override
        public Principal getUserPrincipal() {
            return caller;
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller.roles().contains(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "BASIC".equals(caller.scheme()) ? BASIC_AUTH : "Bearer";
        }
    }
}
