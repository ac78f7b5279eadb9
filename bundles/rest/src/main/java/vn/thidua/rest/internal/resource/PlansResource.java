package vn.thidua.rest.internal.resource;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Optional;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.thidua.plan.IssuerKind;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanKind;
import vn.thidua.plan.json.PlanJson;
import vn.thidua.plan.store.Page;
import vn.thidua.plan.store.PlanQuery;
import vn.thidua.plan.store.PlanRepository;
import vn.thidua.plan.store.PlanStatus;
import vn.thidua.plan.store.PlanSummary;
import vn.thidua.plan.store.StoredPlan;
import vn.thidua.rest.internal.Services;
import vn.thidua.rest.internal.http.ETags;
import vn.thidua.rest.internal.http.Params;
import vn.thidua.rest.internal.problem.Problem;
import vn.thidua.rest.internal.problem.ProblemException;
import vn.thidua.rest.internal.security.Role;
import vn.thidua.rules.NoRulePackException;
import vn.thidua.rules.RulePack;
import vn.thidua.rules.RulePackRegistry;


/**
 * Stored plans: listing, creating (a posted plan, or a draft from the pack in force), reading,
 * replacing with optimistic locking, soft delete and restore, and the validation of a posted plan.
 * A stored plan's history, validation, document and tasks have resources of their own
 * ({@code plans/{id}/…}).
 */
@Path("plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "plans")
public final class PlansResource {

    private final Services services;
    private final PlanJson json = new PlanJson();

    public PlansResource(Services services) {
        this.services = services;
    }

    @GET
    @RolesAllowed(Role.VIEWER)
    @Operation(summary = "Live plans (or soft-deleted ones), filtered and paged, newest first")
    public Page<PlanSummary> list(@QueryParam("province") String province, @QueryParam("year") String year,
            @QueryParam("status") String status,
            @Parameter(description = "words of the title or of task contents, with or without diacritics") @QueryParam("q") String text,
            @QueryParam("deleted") String deleted, @QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @Parameter(description = "true: with province, also the plans of the provinces it absorbed (bac-ninh lists Bắc Giang's)")
            @QueryParam("lineage") String lineage,
            @Parameter(description = "only plans whose issuing body is of this kind: BOARD, PEOPLES_COMMITTEE, DEPARTMENT, BLOC")
            @QueryParam("issuer") String issuer) {
        PlanQuery query = new PlanQuery(Params.optionalProvince("province", province), Params.optionalInt("year", year),
                Params.optionalEnum("status", status, PlanStatus.class), text == null || text.isBlank() ? null : text.trim(),
                Boolean.TRUE.equals(Params.optionalBoolean("deleted", deleted)), Params.intOr("offset", offset, 0),
                Params.intOr("limit", limit, Params.DEFAULT_LIMIT), Boolean.TRUE.equals(Params.optionalBoolean("lineage", lineage)),
                Params.optionalEnum("issuer", issuer, IssuerKind.class));
        return services.plans().list(query);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR)
    @Operation(summary = "Stores a new plan; VALIDATED or ISSUED only when the pack in force finds no error")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = Plan.class)))
    public Response create(@Parameter(description = "DRAFT (default), VALIDATED or ISSUED") @QueryParam("status") String status,
            @Parameter(hidden = true) InputStream body, @Context SecurityContext caller, @Context UriInfo uri) {
        PlanStatus wanted = Optional.ofNullable(Params.optionalEnum("status", status, PlanStatus.class)).orElse(PlanStatus.DRAFT);
        Plan plan = readPlan(body);
        // The store admits the status (409 plan-not-valid with the findings, or no-rule-pack) and records the pack.
        return StoredPlans.created(services.plans().create(plan, wanted, StoredPlans.user(caller), null), uri);
    }

    @POST
    @Path("drafts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR)
    @Operation(summary = "Stores a new draft for a province and year, and optionally an issuer kind (default BOARD) and a plan "
            + "kind (default YEARLY), made from the template of the pack in force for them, dated inside that pack")
    public Response draft(DraftRequest request, @Context SecurityContext caller, @Context UriInfo uri) {
        if (request == null) {
            throw ProblemException.badRequest("", "The body must be {\"province\": \"gia-lai\", \"year\": 2025}"
                    + " (optional: \"issuer\": \"BOARD\", \"kind\": \"YEARLY\")");
        }
        String province = Params.requiredProvince("/province", request.province());
        int year = Params.year("/year", request.year());
        IssuerKind issuer = Optional.ofNullable(Params.optionalEnum("/issuer", request.issuer(), IssuerKind.class))
                .orElse(IssuerKind.BOARD);
        PlanKind kind = Optional.ofNullable(Params.optionalEnum("/kind", request.kind(), PlanKind.class)).orElse(PlanKind.YEARLY);
        RulePackRegistry rules = services.rules();
        PlanRepository plans = services.plans();
        LocalDate firstDay = LocalDate.of(year, 1, 1);
        NoPack.requireDraftable(rules, province, firstDay, "/province");
        // One lookup: the pack that drafts is the one recorded, even while packs are being swapped.
        RulePack pack = rules.forDraft(province, issuer, kind, year)
                .orElseThrow(() -> NoPack.problem(rules, new NoRulePackException(province, issuer, kind, LocalDate.of(year, 1, 1),
                        null), "/province", "/issuer", "/kind", "/year"));
        return StoredPlans.created(plans.create(pack.draft(kind, year), PlanStatus.DRAFT, StoredPlans.user(caller),
                pack.info().id()), uri);
    }

    @POST
    @Path("{id}/copies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR)
    @Operation(summary = "Stores a new draft for another year made from a stored plan: its dates moved to that year, its number "
            + "cleared, its tasks not started; answered with the findings of the pack in force for that year")
    public Response copy(@PathParam("id") String id, CopyRequest request, @Context SecurityContext caller, @Context UriInfo uri) {
        if (request == null) {
            throw ProblemException.badRequest("", "The body must be {\"year\": 2027}");
        }
        int year = Params.year("/year", request.year());
        StoredPlan source = StoredPlans.find(services, id);
        if (source.deleted()) {
            throw new ProblemException(Problem.of("plan-deleted", "The plan is deleted", 409,
                    "Plan " + id + " is deleted: restore it before copying it").withField("id"));
        }
        Plan plan = source.plan();
        if (year == plan.year()) {
            throw ProblemException.badRequest("/year", "/year must differ from the plan's own year " + plan.year() + ", was " + year);
        }
        RulePackRegistry rules = services.rules();
        String province = plan.province().code();
        // A province dissolved by then (Bắc Giang after 1/7/2025) names its successor: the copy is refused, not re-homed.
        NoPack.requireDraftable(rules, province, LocalDate.of(year, 1, 1), "/year");
        IssuerKind issuer = rules.issuerOf(plan);
        RulePack pack = rules.forDraft(province, issuer, plan.kind(), year)
                .orElseThrow(() -> NoPack.problem(rules, new NoRulePackException(province, issuer, plan.kind(),
                        LocalDate.of(year, 1, 1), null), "/year", "/year", "/year", "/year"));
        Plan copy = new PlanCopy().copy(plan, year);
        ValidationView findings = ValidationView.of(pack.validate(copy));
        StoredPlan stored = services.plans().create(copy, PlanStatus.DRAFT, StoredPlans.user(caller), pack.info().id());
        Response created = StoredPlans.created(stored, uri);
        return Response.fromResponse(created).entity(new CopyView(id, (PlanView) created.getEntity(), findings)).build();
    }

    @POST
    @Path("validation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.VIEWER)
    @Operation(summary = "Validates a plan against the pack in force for its province and date, without storing it")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = Plan.class)))
    public ValidationView validatePosted(@Parameter(hidden = true) InputStream body) {
        Plan plan = readPlan(body);
        return ValidationView.of(services.rules().validate(plan));
    }

    /** The body as a plan: {@code null} is no plan (400, as an array or a string is), not a plan without fields. */
    private Plan readPlan(InputStream body) {
        Plan plan = json.read(body);
        if (plan == null) {
            throw new ProblemException(Problem.of("invalid-plan", "Invalid plan document", 400,
                    "the body: must be an object (a plan document), was null").withField(""));
        }
        return plan;
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.VIEWER)
    @Operation(summary = "A plan with its status and version; the ETag is the version, for If-Match")
    public Response read(@PathParam("id") String id) {
        return StoredPlans.ok(StoredPlans.find(services, id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR)
    @Operation(summary = "Replaces a plan if If-Match still names its version (412 if not, 428 without If-Match)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = Plan.class)))
    public Response replace(@PathParam("id") String id,
            @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "the new status; unchanged when absent") @QueryParam("status") String status,
            @Parameter(hidden = true) InputStream body, @Context SecurityContext caller) {
        long expected = ETags.expectedVersion(ifMatch);
        PlanStatus wanted = Params.optionalEnum("status", status, PlanStatus.class);
        Plan plan = readPlan(body);
        // The store checks, in this order: the plan exists (404), is live (409), is at that version
        // (412), may have the status, unchanged when none is asked (409 with the findings).
        return StoredPlans.ok(services.plans().replace(id, expected, plan, wanted, StoredPlans.user(caller), null));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.EDITOR)
    @Operation(summary = "Soft-deletes a plan if If-Match still names its version; it can be restored")
    public Response delete(@PathParam("id") String id, @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext caller) {
        long expected = ETags.expectedVersion(ifMatch);
        return StoredPlans.ok(services.plans().delete(id, expected, StoredPlans.user(caller)));
    }

    @POST
    @Path("{id}/restore")
    @RolesAllowed(Role.EDITOR)
    @Operation(summary = "Brings a soft-deleted plan back (409 when it is not deleted)")
    public Response restore(@PathParam("id") String id, @Context SecurityContext caller) {
        return StoredPlans.ok(services.plans().restore(id, StoredPlans.user(caller)));
    }
}
