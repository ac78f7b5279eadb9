package vn.thidua.rest.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.plan.time.VietnamClock;
import vn.thidua.rest.internal.http.ApiJson;
import vn.thidua.rest.internal.http.ApiJsonProvider;
import vn.thidua.rest.internal.http.BodyLimitFilter;
import vn.thidua.rest.internal.http.ClientDisconnects;
import vn.thidua.rest.internal.http.RequestHeadersFilter;
import vn.thidua.rest.internal.http.UnreadBodies;
import vn.thidua.rest.internal.problem.ProblemMapper;
import vn.thidua.rest.internal.resource.DocsResource;
import vn.thidua.rest.internal.resource.HealthResource;
import vn.thidua.rest.internal.resource.OpenApiResource;
import vn.thidua.rest.internal.resource.PlanDocumentResource;
import vn.thidua.rest.internal.resource.PlanHistoryResource;
import vn.thidua.rest.internal.resource.PlanTasksResource;
import vn.thidua.rest.internal.resource.PlanValidationResource;
import vn.thidua.rest.internal.resource.PlansResource;
import vn.thidua.rest.internal.resource.ProvincesResource;
import vn.thidua.rest.internal.resource.RulePackFilesResource;
import vn.thidua.rest.internal.resource.RulePacksResource;
import vn.thidua.rest.internal.resource.SessionsResource;
import vn.thidua.rest.internal.resource.TasksResource;
import vn.thidua.rest.internal.resource.TokensResource;
import vn.thidua.rest.internal.security.ApiTokens;
import vn.thidua.rest.internal.security.AuthenticationFilter;
import vn.thidua.rest.internal.security.LoginThrottle;
import vn.thidua.rest.internal.security.PasswordCheck;
import vn.thidua.rest.internal.security.SessionTokens;

/** One generation of the API: our resources, those contributed by other bundles, and the filters around them. */
public final class ApiApplication {

    /** Paths (under /api/v1) that answer without credentials. */
    public static final Set<String> ANONYMOUS = Set.of("health");

    private ApiApplication() {
    }

    /**
     * @param contributed resource and provider instances registered by other bundles as services
     *                    with {@code thidua.rest.resource=true} or {@code osgi.jaxrs.resource=true}
     */
    public static ResourceConfig create(Services services, PasswordCheck passwords, Supplier<ApiTokens> tokens,
            Supplier<LoginThrottle> throttle, SessionTokens sessions, LongSupplier bodyLimit, VietnamClock clock, Collection<Object> contributed) {
        ObjectMapper json = ApiJson.mapper();
        List<Object> resources = new ArrayList<>(List.of(new PlansResource(services), new PlanHistoryResource(services),
                new PlanValidationResource(services), new PlanDocumentResource(services), new PlanTasksResource(services),
                new TasksResource(services),
                new RulePacksResource(services, clock), new RulePackFilesResource(services), new ProvincesResource(), new HealthResource(services, clock), new TokensResource(tokens),
                new SessionsResource(sessions)));
        resources.addAll(contributed);
        List<Class<?>> documented = new ArrayList<>();
        resources.forEach(r -> documented.add(r.getClass()));

        ResourceConfig config = new ResourceConfig()
                .setApplicationName("thidua-rest")
                // Only what is registered here: no scanning, no META-INF/services, no WADL (and its JAXB).
                .property(CommonProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true)
                .property(CommonProperties.METAINF_SERVICES_LOOKUP_DISABLE, true)
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .property(ServerProperties.BV_FEATURE_DISABLE, true)
                // Errors keep their problem+json body instead of the container's HTML error page.
                .property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true)
                .register(new ApiJsonProvider(json))
                .register(new ProblemMapper(json))
                .register(new AuthenticationFilter(ANONYMOUS, passwords, tokens, throttle, sessions))
                .register(new UnreadBodies())
                .register(new RequestHeadersFilter())
                .register(new BodyLimitFilter(bodyLimit))
                .register(new ClientDisconnects())
                .register(RolesAllowedDynamicFeature.class)
                .register(new OpenApiResource(documented))
                .register(new DocsResource());
        resources.forEach(config::register);
        return config;
    }
}
