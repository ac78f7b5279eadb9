package vn.thidua.rest.internal.resource;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.DELETE;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.glassfish.jersey.server.ContainerRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.thidua.rest.internal.problem.Problem;
import vn.thidua.rest.internal.problem.ProblemException;
import vn.thidua.rest.internal.security.AuthenticationFilter;
import vn.thidua.rest.internal.security.Caller;
import vn.thidua.rest.internal.security.LoginAudit;
import vn.thidua.rest.internal.security.Role;
import vn.thidua.rest.internal.security.SessionTokens;

/**
 * Session tokens: a password login (HTTP Basic, throttled and audited as every login) exchanged for
 * a short-lived token presented as {@code Bearer}, so that a client acting for a user keeps no password.
 */
@Path("sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sessions")
public final class SessionsResource {

    /**
     * A token issued. {@code expiresAt} moves on with each use (by {@code idleSeconds}) up to
     * {@code notAfter}, the end whatever the use.
     */
    public record Session(String token, String user, List<String> roles, Instant expiresAt, Instant notAfter, long idleSeconds) {
    }

    private final SessionTokens tokens;

    public SessionsResource(SessionTokens tokens) {
        this.tokens = tokens;
    }

    @POST
    @RolesAllowed(Role.VIEWER)
    @Operation(summary = "Exchanges a password login (HTTP Basic only) for a session token, to be sent as 'Authorization: Bearer'",
            security = @SecurityRequirement(name = "basic"),
            responses = {
                    @ApiResponse(responseCode = "201", description = "the token; only its hash is kept by the server",
                            content = @Content(schema = @Schema(implementation = Session.class))),
                    @ApiResponse(responseCode = "400", description = "credentials other than a password login (a token cannot make a token)"),
                    @ApiResponse(responseCode = "401", description = "wrong user name or password"),
                    @ApiResponse(responseCode = "429", description = "too-many-logins: the account or the address is throttled") })
    public Response open(@Context SecurityContext security, @Context ContainerRequest request) {
        Caller caller = (Caller) security.getUserPrincipal();
        if (!"BASIC".equals(caller.scheme())) {
            // A token that makes tokens would outlive every bound on its life.
            throw new ProblemException(Problem.of(400, "A session token is given for a password login (HTTP Basic) only")
                    .withField(HttpHeaders.AUTHORIZATION));
        }
        SessionTokens.Issued issued = tokens.issue(caller.name(), caller.roles());
        LoginAudit.sessionOpened(caller.name(), address(request));
        return Response.created(URI.create("sessions/current")).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(new Session(issued.token(), caller.name(), List.copyOf(new TreeSet<>(caller.roles())), issued.expiresAt(),
                        issued.notAfter(), issued.idle().toSeconds()))
                .build();
    }

    @DELETE
    @Path("current")
    @RolesAllowed(Role.VIEWER)
    @Operation(summary = "Revokes the session token of this request (sign-out); it answers 401 from now on",
            security = @SecurityRequirement(name = "token"),
            responses = {
                    @ApiResponse(responseCode = "204", description = "revoked"),
                    @ApiResponse(responseCode = "400", description = "the request was not made with a session token") })
    public Response close(@Context SecurityContext security, @Context ContainerRequest request,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Caller caller = (Caller) security.getUserPrincipal();
        if (!SessionTokens.SCHEME.equals(caller.scheme())) {
            throw new ProblemException(Problem.of(400, "Only a session token (Bearer, from POST /sessions) is revoked here")
                    .withField(HttpHeaders.AUTHORIZATION));
        }
        // The filter let this token in: the header is "Bearer <token>".
        tokens.revoke(AuthenticationFilter.credentials(authorization));
        LoginAudit.sessionClosed(caller.name(), address(request));
        return Response.noContent().build();
    }

    private static String address(ContainerRequest request) {
        Object address = request.getProperty(AuthenticationFilter.CLIENT_ADDRESS);
        return address == null ? "(unknown)" : address.toString();
    }
}
