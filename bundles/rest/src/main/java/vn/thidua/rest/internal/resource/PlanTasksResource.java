package vn.thidua.rest.internal.resource;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.thidua.plan.store.InvalidRequestException;
import vn.thidua.plan.store.TrackedTask;
import vn.thidua.rest.internal.Services;
import vn.thidua.rest.internal.http.Params;
import vn.thidua.rest.internal.problem.ProblemException;
import vn.thidua.rest.internal.security.Role;

/** The tasks of one stored plan and their progress, which changes without touching the plan; across plans: {@code /tasks}. */
@Path("plans/{id}/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "plans")
public final class PlanTasksResource {

    private final Services services;

    public PlanTasksResource(Services services) {
        this.services = services;
    }

    @GET
    @RolesAllowed(Role.VIEWER)
    @Operation(summary = "The tasks of a plan with their progress, in reading order")
    public List<TrackedTask> tasks(@PathParam("id") String id) {
        return services.plans().tasks(id);
    }

    @PUT
    @Path("{number}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR)
    @Operation(summary = "Sets a task's progress (completedOn with DONE only); the plan and its version do not change")
    public TrackedTask updateTask(@PathParam("id") String id, @PathParam("number") String number, TaskStatusChange change,
            @Context SecurityContext caller) {
        Integer position = Params.optionalInt("number", number);
        if (position == null || position < 1) {
            throw ProblemException.badRequest("number", "number must be a task's position from 1, was '" + number + "'");
        }
        if (change == null || change.status() == null) {
            throw ProblemException.badRequest("/status", "status is required: NOT_STARTED, IN_PROGRESS or DONE");
        }
        try {
            return services.plans().updateTask(id, position, change.status(), change.completedOn(), StoredPlans.user(caller));
        } catch (InvalidRequestException e) {
            // The store names its parameter (completedOn); the client knows the body's field (/completedOn).
            throw ProblemException.badRequest("/" + e.field(), e.getMessage());
        }
    }
}
