package vn.thidua.rest.internal.resource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import vn.thidua.export.DocumentExporter;
import vn.thidua.export.DocumentExports;
import vn.thidua.plan.Plan;
import vn.thidua.plan.json.PlanJson;
import vn.thidua.plan.store.InvalidRequestException;
import vn.thidua.plan.store.Page;
import vn.thidua.plan.store.PlanQuery;
import vn.thidua.plan.store.PlanRepository;
import vn.thidua.plan.store.PlanStatus;
import vn.thidua.plan.store.PlanSummary;
import vn.thidua.plan.store.Revision;
import vn.thidua.plan.store.StoredPlan;
import vn.thidua.plan.store.TrackedTask;
import vn.thidua.rest.internal.Services;
import vn.thidua.rest.internal.http.ETags;
import vn.thidua.rest.internal.http.Params;
import vn.thidua.rest.internal.problem.Problem;
import vn.thidua.rest.internal.problem.ProblemException;
import vn.thidua.rest.internal.security.Role;
import vn.thidua.rules.NoRulePackException;
import vn.thidua.rules.RulePack;
import vn.thidua.rules.RulePackRegistry;


/** Stored plans: listing, reading, writing with optimistic locking, history, validation and documents. */
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
            @QueryParam("deleted") String deleted, @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        PlanQuery query = new PlanQuery(Params.optionalProvince("province", province), Params.optionalInt("year", year),
                Params.optionalEnum("status", status, PlanStatus.class), text == null || text.isBlank() ? null : text.trim(),
                Boolean.TRUE.equals(Params.optionalBoolean("deleted", deleted)), Params.intOr("offset", offset, 0),
                Params.intOr("limit", limit, Params.DEFAULT_LIMIT));
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
        Plan plan = json.read(body);
        // The store admits the status (409 plan-not-valid with the findings, or no-rule-pack) and records the pack.
        return created(services.plans().create(plan, wanted, user(caller), null), uri);
    }

    @POST
    @Path("drafts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR)
    @Operation(summary = "Stores a new draft for a province and year, made from the template of the pack in force on 1 January")
    public Response draft(DraftRequest request, @Context SecurityContext caller, @Context UriInfo uri) {
        if (request == null) {
            throw ProblemException.badRequest("", "The body must be {\"province\": \"gia-lai\", \"year\": 2025}");
        }
        String province = Params.requiredProvince("/province", request.province());
        int year = Params.year("/year", request.year());
        RulePackRegistry rules = services.rules();
        PlanRepository plans = services.plans();
        LocalDate firstDay = LocalDate.of(year, 1, 1);
        // One lookup: the pack that drafts is the one recorded, even while packs are being swapped.
        RulePack pack = rules.inForce(province, firstDay)
                .orElseThrow(() -> NoPack.problem(rules, new NoRulePackException(province, firstDay), "/province", "/year"));
        return created(plans.create(pack.draft(year), PlanStatus.DRAFT, user(caller), pack.info().id()), uri);
    }

    @POST
    @Path("validation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.VIEWER)
    @Operation(summary = "Validates a plan against the pack in force for its province and date, without storing it")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = Plan.class)))
    public ValidationView validatePosted(@Parameter(hidden = true) InputStream body) {
        Plan plan = json.read(body);
        return ValidationView.of(services.rules().validate(plan));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.VIEWER)
    @Operation(summary = "A plan with its status and version; the ETag is the version, for If-Match")
    public Response read(@PathParam("id") String id) {
        return ok(stored(id));
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
        Plan plan = json.read(body);
        // The store checks, in this order: the plan exists (404), is live (409), is at that version
        // (412), may have the status, unchanged when none is asked (409 with the findings).
        return ok(services.plans().replace(id, expected, plan, wanted, user(caller), null));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.EDITOR)
    @Operation(summary = "Soft-deletes a plan if If-Match still names its version; it can be restored")
    public Response delete(@PathParam("id") String id, @Parameter(required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext caller) {
        long expected = ETags.expectedVersion(ifMatch);
        return ok(services.plans().delete(id, expected, user(caller)));
    }

    @POST
    @Path("{id}/restore")
    @RolesAllowed(Role.EDITOR)
    @Operation(summary = "Brings a soft-deleted plan back (409 when it is not deleted)")
    public Response restore(@PathParam("id") String id, @Context SecurityContext caller) {
        return ok(services.plans().restore(id, user(caller)));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed(Role.VIEWER)
    @Operation(summary = "Every revision of a plan, oldest first")
    public List<Revision> history(@PathParam("id") String id) {
        return services.plans().history(id);
    }

    @GET
    @Path("{id}/history/{version}")
    @RolesAllowed(Role.VIEWER)
    @Operation(summary = "A plan as it was at one version")
    public PlanView atVersion(@PathParam("id") String id, @PathParam("version") String version) {
        Integer number = Params.optionalInt("version", version);
        return services.plans().find(id, number == null ? -1 : number)
                .map(stored -> PlanView.of(stored, json))
                .orElseThrow(() -> ProblemException.notFound("Plan " + id + " has no version " + version));
    }

    @GET
    @Path("{id}/validation")
    @RolesAllowed(Role.VIEWER)
    @Operation(summary = "Validates a stored plan against the pack in force for its province and date")
    public ValidationView validateStored(@PathParam("id") String id) {
        return ValidationView.of(services.rules().validate(stored(id).plan()));
    }

    @GET
    @Path("{id}/document")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed(Role.VIEWER)
    @Operation(summary = "The plan as a document: ?format=docx|pdf|html|md|ics, or by Accept",
            responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
                    description = "the document, with a Content-Disposition file name built from its number and year",
                    content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary"))))
    public Response document(@PathParam("id") String id, @QueryParam("format") String format, @Context HttpHeaders headers)
            throws IOException {
        DocumentExports exports = services.exports();
        DocumentExporter exporter = format == null || format.isBlank()
                ? negotiate(exports, headers.getAcceptableMediaTypes())
                : exports.exporter(format.trim()).orElseThrow(() -> new ProblemException(Problem.of("unknown-format",
                        "Unknown document format", 400, "No exporter for format '" + format + "' is installed")
                        .withField("format").with("available", exports.formats())));
        Plan plan = stored(id).plan();
        byte[] document = exports.export(plan, exporter.format());
        return Response.ok(document, exporter.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + exports.fileName(plan, exporter.format()) + "\"")
                .build();
    }

    @GET
    @Path("{id}/tasks")
    @RolesAllowed(Role.VIEWER)
    @Operation(summary = "The tasks of a plan with their progress, in reading order")
    public List<TrackedTask> tasks(@PathParam("id") String id) {
        return services.plans().tasks(id);
    }

    @PUT
    @Path("{id}/tasks/{number}/status")
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
            return services.plans().updateTask(id, position, change.status(), change.completedOn(), user(caller));
        } catch (InvalidRequestException e) {
            // The store names its parameter (completedOn); the client knows the body's field (/completedOn).
            throw ProblemException.badRequest("/" + e.field(), e.getMessage());
        }
    }

    /** The first exporter whose media type the client accepts, in the client's order of preference. */
    private static DocumentExporter negotiate(DocumentExports exports, List<MediaType> acceptable) {
        List<String> offered = new ArrayList<>();
        for (String format : exports.formats()) {
            exports.exporter(format).ifPresent(e -> offered.add(e.mediaType()));
        }
        for (MediaType type : acceptable) {
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                continue;
            }
            Optional<DocumentExporter> exporter = exports.exporterFor(type.getType() + "/" + type.getSubtype());
            if (exporter.isPresent()) {
                return exporter.get();
            }
        }
        throw new ProblemException(Problem.of("not-acceptable", "Not acceptable", 406,
                "Name a format (?format=" + String.join("|", exports.formats()) + ") or Accept one of its media types")
                .withField("format").with("available", exports.formats()).with("mediaTypes", offered));
    }

    private StoredPlan stored(String id) {
        return services.plans().find(id).orElseThrow(() -> ProblemException.notFound("No plan has the id " + id));
    }

    private Response ok(StoredPlan stored) {
        return Response.ok(PlanView.of(stored, json)).tag(ETags.of(stored.version())).build();
    }

    private Response created(StoredPlan stored, UriInfo uri) {
        URI location = uri.getBaseUriBuilder().path("plans").path(stored.id()).build();
        return Response.created(location).entity(PlanView.of(stored, json)).tag(ETags.of(stored.version())).build();
    }

    private static String user(SecurityContext caller) {
        return caller.getUserPrincipal().getName();
    }
}
