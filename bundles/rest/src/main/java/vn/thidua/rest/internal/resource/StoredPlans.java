package vn.thidua.rest.internal.resource;

import java.net.URI;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import vn.thidua.plan.json.PlanJson;
import vn.thidua.plan.store.StoredPlan;
import vn.thidua.rest.internal.Services;
import vn.thidua.rest.internal.http.ETags;
import vn.thidua.rest.internal.problem.ProblemException;

/** What the resources of stored plans share: finding one (404 when none), answering with one and its ETag, who asks. */
final class StoredPlans {

    private static final PlanJson JSON = new PlanJson();

    private StoredPlans() {
    }

    /** The plan with this id, live or deleted; 404 when there is none. */
    static StoredPlan find(Services services, String id) {
        return services.plans().find(id).orElseThrow(() -> ProblemException.notFound("No plan has the id " + id));
    }

    /** 200 with the plan, its version as the ETag. */
    static Response ok(StoredPlan stored) {
        return Response.ok(PlanView.of(stored, JSON)).tag(ETags.of(stored.version())).build();
    }

    /** 201 with the new plan, its address and its ETag. */
    static Response created(StoredPlan stored, UriInfo uri) {
        URI location = uri.getBaseUriBuilder().path("plans").path(stored.id()).build();
        return Response.created(location).entity(PlanView.of(stored, JSON)).tag(ETags.of(stored.version())).build();
    }

    /** Who the change is recorded as made by. */
    static String user(SecurityContext caller) {
        return caller.getUserPrincipal().getName();
    }
}
