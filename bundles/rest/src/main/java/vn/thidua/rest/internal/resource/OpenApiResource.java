package vn.thidua.rest.internal.resource;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import vn.thidua.rest.internal.security.Role;

/**
 * The OpenAPI 3 document of the resources being served, read from their JAX-RS and OpenAPI
 * annotations by swagger-core when this generation of the application is built, so resources
 * contributed by other bundles appear in it too.
 */
@Path("openapi.json")
@Hidden
public final class OpenApiResource {

    private final List<Class<?>> resources;
    private volatile String document;

    public OpenApiResource(List<Class<?>> resources) {
        this.resources = resources.stream().sorted(Comparator.comparing(Class::getName)).toList();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.VIEWER)
    public String document() {
        String built = document;
        if (built == null) {
            built = build();
            document = built;
        }
        return built;
    }

    String build() {
        OpenAPI base = new OpenAPI()
                .info(new Info().title("Thi Đua Platform API").version("1")
                        .description("Emulation-movement plans (Kế hoạch thi đua) of provincial industrial-park boards: "
                                + "plans, drafts, validation by the rule pack in force, documents, tasks and rule packs. "
                                + "Errors are application/problem+json (RFC 9457)."))
                .servers(List.of(new Server().url("/api/v1")))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("An API token of etc/vn.thidua.rest.cfg, or a session token from POST /sessions")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("token"));
        Set<Class<?>> classes = new LinkedHashSet<>(resources);
        OpenAPI api = new Reader(new SwaggerConfiguration().openAPI(base).prettyPrint(true)).read(classes);
        try {
            return Json.pretty().writeValueAsString(api);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the OpenAPI document could not be written", e);
        }
    }
}
