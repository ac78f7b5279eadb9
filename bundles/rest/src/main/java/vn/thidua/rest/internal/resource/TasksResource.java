package vn.thidua.rest.internal.resource;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.thidua.plan.store.Page;
import vn.thidua.plan.store.TaskQuery;
import vn.thidua.plan.store.TaskStatus;
import vn.thidua.plan.store.TrackedTask;
import vn.thidua.rest.internal.Services;
import vn.thidua.rest.internal.http.Params;
import vn.thidua.rest.internal.security.Role;

/** Tasks across every live plan: what is due, by date, status and province. */
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "tasks")
public final class TasksResource {

    private final Services services;

    public TasksResource(Services services) {
        this.services = services;
    }

    @GET
    @RolesAllowed(Role.VIEWER)
    @Operation(summary = "Tasks of live plans, by deadline then plan then number")
    public Page<TrackedTask> due(
            @Parameter(description = "only tasks due on or before this day (YYYY-MM-DD)") @QueryParam("dueBefore") String dueBefore,
            @Parameter(description = "NOT_STARTED, IN_PROGRESS or DONE") @QueryParam("status") String status,
            @Parameter(description = "a province code such as gia-lai") @QueryParam("province") String province,
            @Parameter(description = "true: only late tasks; false: only those not late") @QueryParam("late") String late,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @Parameter(description = "true: with province, also the tasks of the provinces it absorbed") @QueryParam("lineage") String lineage) {
        TaskQuery query = new TaskQuery(Params.optionalProvince("province", province), Params.optionalDate("dueBefore", dueBefore),
                Params.optionalEnum("status", status, TaskStatus.class), Params.optionalBoolean("late", late),
                Params.intOr("offset", offset, 0), Params.intOr("limit", limit, Params.DEFAULT_LIMIT),
                Boolean.TRUE.equals(Params.optionalBoolean("lineage", lineage)));
        return services.plans().tasks(query);
    }
}
