package vn.thidua.rest.internal.resource;

import java.util.List;
import java.util.function.Supplier;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.thidua.rest.internal.security.ApiTokens;
import vn.thidua.rest.internal.security.Role;

/** The API tokens configured for external systems: names and roles, never the tokens or their hashes. */
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "administration")
public final class TokensResource {

    private final Supplier<ApiTokens> tokens;

    public TokensResource(Supplier<ApiTokens> tokens) {
        this.tokens = tokens;
    }

    @GET
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "The API tokens configured in etc/vn.thidua.rest.cfg (admin only)")
    public List<ApiTokens.Token> list() {
        return tokens.get().list();
    }
}
