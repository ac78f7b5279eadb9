package vn.thidua.rest.internal.resource;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.thidua.rest.internal.Services;
import vn.thidua.rest.internal.security.Role;

/** A stored plan validated as it is now; a posted plan is validated by {@code POST /plans/validation}. */
@Path("plans/{id}/validation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "plans")
public final class PlanValidationResource {

    private final Services services;

    public PlanValidationResource(Services services) {
        this.services = services;
    }

    @GET
    @RolesAllowed(Role.VIEWER)
    @Operation(summary = "Validates a stored plan against the pack in force for its province and date")
    public ValidationView validateStored(@PathParam("id") String id) {
        return ValidationView.of(services.rules().validate(StoredPlans.find(services, id).plan()));
    }
}
