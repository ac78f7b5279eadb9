package vn.thidua.rest.internal.resource;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.thidua.plan.json.PlanJson;
import vn.thidua.plan.store.Revision;
import vn.thidua.rest.internal.Services;
import vn.thidua.rest.internal.http.Params;
import vn.thidua.rest.internal.problem.ProblemException;
import vn.thidua.rest.internal.security.Role;

/** A stored plan's revisions, and the plan as it was at each. */
@Path("plans/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "plans")
public final class PlanHistoryResource {

    private final Services services;
    private final PlanJson json = new PlanJson();

    public PlanHistoryResource(Services services) {
        this.services = services;
    }

    @GET
    @RolesAllowed(Role.VIEWER)
    @Operation(summary = "Every revision of a plan, oldest first")
    public List<Revision> history(@PathParam("id") String id) {
        return services.plans().history(id);
    }

    @GET
    @Path("{version}")
    @RolesAllowed(Role.VIEWER)
    @Operation(summary = "A plan as it was at one version")
    public PlanView atVersion(@PathParam("id") String id, @PathParam("version") String version) {
        Integer number = Params.optionalInt("version", version);
        return services.plans().find(id, number == null ? -1 : number)
                .map(stored -> PlanView.of(stored, json))
                .orElseThrow(() -> ProblemException.notFound("Plan " + id + " has no version " + version));
    }
}
