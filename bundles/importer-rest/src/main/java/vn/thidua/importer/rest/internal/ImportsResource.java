package vn.thidua.importer.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataParam;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import vn.thidua.importer.DocumentTooLargeException;
import vn.thidua.importer.ImportException;
import vn.thidua.importer.ImportOptions;
import vn.thidua.importer.ImportResult;
import vn.thidua.importer.NotAPlanException;
import vn.thidua.importer.PlanImporter;
import vn.thidua.importer.ReviewItem;
import vn.thidua.importer.SentenceCoverage;
import vn.thidua.importer.UnreadableDocumentException;
import vn.thidua.importer.UnsupportedDocumentException;
import vn.thidua.plan.Plan;
import vn.thidua.plan.store.PlanRepository;
import vn.thidua.plan.store.PlanStatus;
import vn.thidua.plan.store.StoreException;
import vn.thidua.plan.store.StoredPlan;

/**
 * {@code POST /api/v1/plans/imports}: a plan document uploaded as {@code multipart/form-data} (part
 * {@code file}) answered with the imported plan, its review list and its sentence coverage; with
 * {@code ?store=true} the plan is also stored as a DRAFT. A document refused answers a
 * problem+json naming the reason: 415 (format), 413 (size, zip bomb), 422 (encrypted, scanned,
 * corrupt, not a plan); nothing is stored then.
 */
@Component(service = ImportsResource.class, property = "thidua.rest.resource=true")
@Path("plans/imports")
public final class ImportsResource {

    static final String PROBLEM = "application/problem+json";
    private static final String EDITOR = "editor";

    private final PlanImporter importer;
    private volatile PlanRepository plans;

    @Activate
    public ImportsResource(@Reference PlanImporter importer) {
        this.importer = importer;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setPlans(PlanRepository repository) {
        plans = repository;
    }

    void unsetPlans(PlanRepository repository) {
        if (plans == repository) {
            plans = null;
        }
    }

    /** What the endpoint answers. */
    public record ImportView(String format, Plan plan, List<ReviewItem> review, SentenceCoverage coverage, String storedId,
            Long storedVersion) {
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces({MediaType.APPLICATION_JSON, PROBLEM})
    @RolesAllowed(EDITOR)
    public Response importDocument(@FormDataParam("file") InputStream file, @FormDataParam("file") FormDataBodyPart part,
            @QueryParam("store") boolean store, @Context SecurityContext caller) throws IOException {
        if (file == null || part == null) {
            return problem(400, "missing-file", "Missing file", "the upload has no part named 'file'", "/file");
        }
        String mediaType = part.getMediaType() == null ? null : part.getMediaType().toString();
        String fileName = part.getContentDisposition() == null ? null : part.getContentDisposition().getFileName();
        byte[] bytes = file.readAllBytes();
        String user = caller == null || caller.getUserPrincipal() == null ? null : caller.getUserPrincipal().getName();
        return answer(bytes, mediaType, fileName, store, user);
    }

    /** The import of one document, its answer or its refusal. */
    Response answer(byte[] bytes, String mediaType, String fileName, boolean store, String user) {
        ImportResult result;
        try {
            result = importer.importPlan(bytes, mediaType, ImportOptions.fileName(fileName));
        } catch (ImportException e) {
            return refusal(e);
        }
        String id = null;
        Long version = null;
        if (store) {
            PlanRepository repository = plans;
            if (repository == null) {
                return problem(503, "service-unavailable", "Service unavailable",
                        "The plan store service is not running; the plan was imported but not stored", null);
            }
            try {
                StoredPlan stored = repository.create(result.plan(), PlanStatus.DRAFT, user, null);
                id = stored.id();
                version = stored.version();
            } catch (StoreException e) {
                return problem(422, "not-stored", "Plan not stored", e.getMessage(), null);
            }
        }
        ImportView view = new ImportView(result.format(), result.plan(), result.review(), result.coverage(), id, version);
        return Response.status(store ? 201 : 200).type(MediaType.APPLICATION_JSON).entity(view).build();
    }

    static Response refusal(ImportException e) {
        if (e instanceof UnsupportedDocumentException) {
            return problem(415, "unsupported-document", "Unsupported document", e.reason(), "/file");
        }
        if (e instanceof DocumentTooLargeException) {
            return problem(413, "document-too-large", "Document too large", e.reason(), "/file");
        }
        if (e instanceof UnreadableDocumentException u) {
            return problem(422, "unreadable-document-" + u.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    "Unreadable document", e.reason(), "/file");
        }
        if (e instanceof NotAPlanException) {
            return problem(422, "not-a-plan", "Not a plan", e.reason(), "/file");
        }
        return problem(422, "import-refused", "Import refused", e.reason(), "/file");
    }

    static Response problem(int status, String type, String title, String detail, String field) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:thidua:problem:" + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (field != null) {
            body.put("field", field);
        }
        return Response.status(status).type(PROBLEM).entity(body).build();
    }
}
