package vn.thidua.rest.internal.resource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.thidua.rest.internal.Services;
import vn.thidua.rest.internal.problem.Problem;
import vn.thidua.rest.internal.problem.ProblemException;
import vn.thidua.rest.internal.security.Role;
import vn.thidua.rules.PackCheckReport;
import vn.thidua.rules.files.PackFile;
import vn.thidua.rules.files.PackFileException;
import vn.thidua.rules.files.PackInstall;
import vn.thidua.rules.files.PackRemoval;
import vn.thidua.rules.files.RulePackFiles;

/**
 * The watched rule-pack folder over HTTP, for administrators: install a descriptor (checked first; a refused
 * one is never written), list the files, remove one (the version in force before comes back).
 */
@Path("rule-packs/files")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rule packs")
public final class RulePackFilesResource {

    /** What a descriptor may be sent as: YAML under its usual names, or JSON (which YAML reads too). */
    static final Set<String> DESCRIPTOR_TYPES = Set.of("application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml",
            "application/json");

    private final Services services;

    public RulePackFilesResource(Services services) {
        this.services = services;
    }

    /** The folder's files and the size limit of one. */
    public record FileList(long maxPackBytes, List<PackFile> items) {
    }

    @GET
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "The descriptor files of the watched rule-pack folder, each with the pack loaded from it (or its refusal)")
    public FileList list() {
        RulePackFiles files = services.packFiles();
        return new FileList(files.maxPackBytes(), files.files());
    }

    @PUT
    @Path("{name}")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Checks a pack descriptor and, when installable, writes it into the watched folder under {name} and loads it:"
            + " 201 (new file) or 200 (replaced) with the pack now in force for its province and issuer on its first day; 422"
            + " pack-refused with every problem (nothing written); 400 when {name} is not the pack's own"
            + " (its id with '@' as '-', then .yaml, .yml or .json: gia-lai-2027.0.0.yaml); 413 over maxPackBytes; 415 not YAML or JSON",
            requestBody = @RequestBody(required = true, content = {
                    @Content(mediaType = "application/yaml", schema = @Schema(type = "string")),
                    @Content(mediaType = "application/json", schema = @Schema(type = "object")) }),
            responses = {
                    @ApiResponse(responseCode = "201", description = "written and loaded", content = @Content(schema = @Schema(implementation = PackInstall.class))),
                    @ApiResponse(responseCode = "200", description = "replaced and loaded", content = @Content(schema = @Schema(implementation = PackInstall.class))),
                    @ApiResponse(responseCode = "422", description = "pack-refused: nothing written") })
    public Response install(@PathParam("name") String name, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(hidden = true) InputStream body) throws IOException {
        RulePackFiles files = services.packFiles();
        requireDescriptorType(contentType);
        long max = files.maxPackBytes();
        byte[] descriptor = body == null ? new byte[0] : body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (descriptor.length > max) {
            throw tooLarge(max);
        }
        if (descriptor.length == 0) {
            throw ProblemException.badRequest("", "The body must be a rule-pack descriptor (YAML or JSON)");
        }
        PackInstall installed;
        try {
            installed = files.install(name, descriptor);
        } catch (PackFileException e) {
            throw problem(e, max);
        }
        if (installed.outcome() == PackInstall.Outcome.REFUSED) {
            throw refused(installed.check());
        }
        if (installed.outcome() == PackInstall.Outcome.CREATED) {
            return Response.created(URI.create("rule-packs/files/" + name)).entity(installed).build();
        }
        return Response.ok(installed).build();
    }

    @DELETE
    @Path("{name}")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Removes a descriptor file from the watched folder: its pack is out of force for good, and the version in"
            + " force before it is in force again (the rollback); answers with the pack now in force for its province and issuer"
            + " on the removed pack's first day")
    public PackRemoval remove(@PathParam("name") String name) {
        RulePackFiles files = services.packFiles();
        try {
            return files.remove(name);
        } catch (PackFileException e) {
            throw problem(e, files.maxPackBytes());
        }
    }

    private static void requireDescriptorType(String contentType) {
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!DESCRIPTOR_TYPES.contains(type)) {
            throw new ProblemException(Problem.of(415, "The body's Content-Type is " + (type.isEmpty() ? "missing" : "'" + type + "'")
                    + "; send a rule-pack descriptor as application/yaml (or application/json)")
                    .withField(HttpHeaders.CONTENT_TYPE).with("accepted", DESCRIPTOR_TYPES.stream().sorted().toList()));
        }
    }

    static ProblemException refused(PackCheckReport report) {
        return new ProblemException(Problem.of("pack-refused", "Rule pack would be refused", 422,
                report.problems().size() + " problem(s); nothing was installed: " + report.problems().get(0).pointer() + ": "
                        + report.problems().get(0).message())
                .withField(report.problems().get(0).pointer())
                .with("problems", report.problems()));
    }

    private static ProblemException tooLarge(long max) {
        return new ProblemException(Problem.of("body-too-large", "Content too large", 413,
                "The descriptor is larger than the limit of " + max + " bytes (maxPackBytes of vn.thidua.rules.registry)")
                .with("limit", max));
    }

    private static ProblemException problem(PackFileException e, long max) {
        return switch (e.reason()) {
            case INVALID_NAME, NAME_MISMATCH -> ProblemException.badRequest("name", e.getMessage());
            case TOO_LARGE -> tooLarge(max);
            case NOT_FOUND -> new ProblemException(Problem.of("not-found", "Not found", 404, e.getMessage()).withField("name"),
                    Map.of());
        };
    }
}
