package vn.thidua.rest.internal.resource;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.thidua.plan.IssuerKind;
import vn.thidua.plan.PlanKind;
import vn.thidua.plan.time.VietnamClock;
import vn.thidua.rest.internal.Services;
import vn.thidua.rest.internal.http.Params;
import vn.thidua.rest.internal.problem.Problem;
import vn.thidua.rest.internal.problem.ProblemException;
import vn.thidua.rest.internal.security.Role;
import vn.thidua.plan.Plan;
import vn.thidua.rules.PackCheckReport;
import vn.thidua.rules.RulePackInfo;
import vn.thidua.rules.RulePackRegistry;

/** The rule packs installed right now: a pack installed or removed shows at the next request. */
@Path("rule-packs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rule packs")
public final class RulePacksResource {

    private final Services services;
    private final VietnamClock clock;

    /** @param clock whose day is "today" when no date is asked for */
    public RulePacksResource(Services services, VietnamClock clock) {
        this.services = services;
        this.clock = clock;
    }

    @GET
    @RolesAllowed(Role.VIEWER)
    @Operation(summary = "Every pack found, refused ones included, by province then version")
    public List<RulePackInfo> list() {
        return services.rules().packs();
    }

    @GET
    @Path("in-force")
    @RolesAllowed(Role.VIEWER)
    @Operation(summary = "The pack in force for a province, an issuer kind and a plan kind (a board's yearly plan by default) "
            + "on a date (today by default), with its rules")
    public RulePackView inForce(@Parameter(required = true) @QueryParam("province") String province,
            @Parameter(description = "YYYY-MM-DD; today when absent") @QueryParam("date") String date,
            @Parameter(description = "BOARD (default), PEOPLES_COMMITTEE, DEPARTMENT, BLOC") @QueryParam("issuer") String issuer,
            @Parameter(description = "YEARLY (default), THEMED, BLOC, CAMPAIGN") @QueryParam("kind") String kind) {
        String code = Params.requiredProvince("province", province);
        LocalDate day = Params.optionalDate("date", date);
        LocalDate on = day == null ? clock.today() : day;
        IssuerKind issuerKind = Optional.ofNullable(Params.optionalEnum("issuer", issuer, IssuerKind.class)).orElse(IssuerKind.BOARD);
        PlanKind planKind = Optional.ofNullable(Params.optionalEnum("kind", kind, PlanKind.class)).orElse(PlanKind.YEARLY);
        RulePackRegistry rules = services.rules();
        return rules.inForce(code, issuerKind, planKind, on).map(RulePackView::of)
                .orElseThrow(() -> new ProblemException(Problem.of("no-rule-pack", "No rule pack in force", 404,
                        "No loaded rule pack is in force for province '" + code + "'"
                                + (issuerKind == IssuerKind.BOARD && planKind == PlanKind.YEARLY ? ""
                                        : " (" + issuerKind + ", " + planKind + ")") + " on " + on)
                        .withField(NoPack.fieldAtFault(rules, code, "province", "date"))));
    }

    @POST
    @Path("check")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Checks a pack descriptor (the body, YAML or JSON) without installing it: 200 with what it would"
            + " change when installable, else 422 naming every problem with its JSON Pointer")
    public Response check(@Parameter(hidden = true) InputStream body,
            @Parameter(description = "ids of stored plans to validate against the checked pack") @QueryParam("plan") List<String> planIds)
            throws IOException {
        byte[] descriptor = body == null ? new byte[0] : body.readAllBytes();
        if (descriptor.length == 0) {
            throw ProblemException.badRequest("", "The body must be a rule-pack descriptor (YAML or JSON)");
        }
        List<Plan> plans = new ArrayList<>();
        for (String id : planIds == null ? List.<String>of() : planIds) {
            plans.add(StoredPlans.find(services, id).plan());
        }
        PackCheckReport report = services.checker().check(descriptor, "request body", plans);
        if (report.installable()) {
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        }
        throw RulePackFilesResource.refused(report);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.VIEWER)
    @Operation(summary = "One pack: its period, version, state and rules")
    public RulePackView detail(@PathParam("id") String id) {
        return services.rules().pack(id).map(RulePackView::of)
                .orElseThrow(() -> ProblemException.notFound("No rule pack has the id " + id));
    }
}
