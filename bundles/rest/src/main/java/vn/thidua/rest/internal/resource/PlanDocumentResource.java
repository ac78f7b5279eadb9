package vn.thidua.rest.internal.resource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.thidua.export.DocumentExporter;
import vn.thidua.export.DocumentExports;
import vn.thidua.plan.Plan;
import vn.thidua.rest.internal.Services;
import vn.thidua.rest.internal.problem.Problem;
import vn.thidua.rest.internal.problem.ProblemException;
import vn.thidua.rest.internal.security.Role;

/**
 * A stored plan as a document of the format asked for, by name or by Accept. Its ETag is computed from
 * the plan and the exporter without rendering, so an If-None-Match that still matches is answered 304
 * before any document is made.
 */
@Path("plans/{id}/document")
@Tag(name = "plans")
public final class PlanDocumentResource {

    private final Services services;

    public PlanDocumentResource(Services services) {
        this.services = services;
    }

    @GET
    @Produces(MediaType.WILDCARD)
    @RolesAllowed(Role.VIEWER)
    @Operation(summary = "The plan as a document: ?format=docx|pdf|html|md|ics, or by Accept",
            responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
                    description = "the document, with a Content-Disposition file name built from its number and year",
                    content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary"))))
    public Response document(@PathParam("id") String id, @QueryParam("format") String format, @Context HttpHeaders headers,
            @Context Request request) throws IOException {
        DocumentExports exports = services.exports();
        DocumentExporter exporter = format == null || format.isBlank()
                ? negotiate(exports, headers.getAcceptableMediaTypes())
                : exports.exporter(format.trim()).orElseThrow(() -> new ProblemException(Problem.of("unknown-format",
                        "Unknown document format", 400, "No exporter for format '" + format + "' is installed")
                        .withField("format").with("available", exports.formats())));
        Plan plan = StoredPlans.find(services, id).plan();
        EntityTag tag = new EntityTag(exports.entityTag(plan, exporter.format()));
        // Accept decides the format when none is named: a cache must not answer another Accept with it
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.header("Vary", "Accept").build();
        }
        byte[] document = exports.export(plan, exporter.format());
        return Response.ok(document, exporter.mediaType())
                .tag(tag)
                .header("Vary", "Accept")
                .header("Content-Disposition", "attachment; filename=\"" + exports.fileName(plan, exporter.format()) + "\"")
                .build();
    }

    private static boolean refused(MediaType type) {
        String quality = type.getParameters().get("q");
        try {
            return quality != null && Double.parseDouble(quality.trim()) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The first exporter whose media type the client accepts, in the client's order of preference. */
    private static DocumentExporter negotiate(DocumentExports exports, List<MediaType> acceptable) {
        List<String> offered = new ArrayList<>();
        for (String format : exports.formats()) {
            exports.exporter(format).ifPresent(e -> offered.add(e.mediaType()));
        }
        for (MediaType type : acceptable) {
            // q=0 says "not this one" (RFC 9110, 12.4.2).
            if (type.isWildcardType() || type.isWildcardSubtype() || refused(type)) {
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
}
