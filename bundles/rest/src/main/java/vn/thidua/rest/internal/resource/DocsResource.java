package vn.thidua.rest.internal.resource;

import java.io.InputStream;
import java.net.URI;
import java.util.Map;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Hidden;
import vn.thidua.rest.internal.problem.ProblemException;
import vn.thidua.rest.internal.security.Role;

/** The browsable API page (swagger-ui, shipped inside this bundle: no network needed). */
@Path("docs")
@Hidden
public final class DocsResource {

    private static final String FOLDER = "/vn/thidua/rest/internal/docs/";

    /** The only files served, with their media types. */
    private static final Map<String, String> FILES = Map.of(
            "index.html", "text/html; charset=UTF-8",
            "swagger-ui-bundle.js", "text/javascript; charset=UTF-8",
            "docs.js", "text/javascript; charset=UTF-8",
            "swagger-ui.css", "text/css; charset=UTF-8",
            "swagger-ui-bundle.js.LICENSE.txt", "text/plain; charset=UTF-8");

    @GET
    @RolesAllowed(Role.VIEWER)
    public Response page(@Context UriInfo uri) {
        URI index = uri.getBaseUriBuilder().path("docs").path("index.html").build();
        return Response.seeOther(index).build();
    }

    @GET
    @Path("{file}")
    @RolesAllowed(Role.VIEWER)
    public Response file(@PathParam("file") String file) {
        String type = FILES.get(file);
        InputStream content = type == null ? null : DocsResource.class.getResourceAsStream(FOLDER + file);
        if (content == null) {
            throw ProblemException.notFound("The API page has no file " + file);
        }
        return Response.ok(content, type).header("Cache-Control", "max-age=3600").build();
    }
}
