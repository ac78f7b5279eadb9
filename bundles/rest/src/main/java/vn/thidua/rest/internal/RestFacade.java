package vn.thidua.rest.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.servlet.Servlet;
import javax.servlet.ServletConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.core.HttpHeaders;

import org.glassfish.jersey.servlet.ServletContainer;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Filter;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.thidua.export.DocumentExports;
import vn.thidua.plan.store.PlanRepository;
import vn.thidua.plan.time.VietnamClock;
import vn.thidua.rest.internal.http.AnonymousGate;
import vn.thidua.rest.internal.http.BodyReads;
import vn.thidua.rest.internal.http.ClientAddresses;
import vn.thidua.rest.internal.http.RequestHeadersFilter;
import vn.thidua.rest.internal.http.ServletGenerations;
import vn.thidua.rest.internal.http.UnreadBodies;
import vn.thidua.rest.internal.security.AuthenticationFilter;
import vn.thidua.rest.internal.problem.Problem;
import vn.thidua.rest.internal.problem.ProblemMapper;
import vn.thidua.rest.internal.http.ApiJson;
import vn.thidua.rules.RulePackChecker;
import vn.thidua.rules.files.RulePackFiles;
import vn.thidua.rules.RulePackRegistry;

/**
 * The REST facade: one servlet at {@code /api/v1/*} on Karaf's Jetty (HTTP whiteboard) that hands
 * each request to the current Jersey application. When another bundle registers or removes a
 * resource, a new Jersey application is built and swapped in without failing a request; the
 * store, the rule packs and the export are dynamic references, absent ones answering 503.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/api/v1/*",
        "osgi.http.whiteboard.servlet.name=thidua-rest",
        // bodies are read as they arrive, without a thread waiting (BodyReads)
        "osgi.http.whiteboard.servlet.asyncSupported=true" })
public final class RestFacade implements Servlet {

    /** Service property of a JAX-RS resource (or provider) another bundle adds to the API. */
    public static final String RESOURCE_PROPERTY = "thidua.rest.resource";

    private static final Logger LOG = LoggerFactory.getLogger(RestFacade.class);
    private static final String CONTRIBUTIONS = "(|(" + RESOURCE_PROPERTY + "=true)(osgi.jaxrs.resource=true)(osgi.jaxrs.extension=true))";
    /** Registrations arriving together (a feature install) make one new generation, not one each. */
    private static final long REBUILD_DELAY_MS = 100;

    private final Services services = new Services();
    private final ScheduledExecutorService rebuilds = Executors.newSingleThreadScheduledExecutor(r -> thread(r, "thidua-rest-rebuild"));
    private final ExecutorService retirements = Executors.newSingleThreadExecutor(r -> thread(r, "thidua-rest-retire"));
    private final ServletGenerations generations = new ServletGenerations(retirements);
    private final ServiceTracker<Object, Object> contributions;
    private final ProblemMapper problems = new ProblemMapper(ApiJson.mapper());

    private final RestSettings settings;
    /** "Today" for the packs in force is the day in Vietnam, whatever the server's zone: the platform's clock. */
    private final VietnamClock clock;
    private final ClientAddresses clientAddresses = new ClientAddresses();
    private final BodyReads bodyReads = new BodyReads();
    private final ServiceRegistration<?> forwardingKey;
    private volatile ServletConfig servletConfig;
    private ScheduledFuture<?> pendingRebuild;
    /**
     * The contributions' tracking count the serving generation was built with (guarded by
     * {@link #building}): at start the first request's init and the rebuild for the contributions
     * that arrived just before would otherwise build the same API twice, at once, on two cores.
     */
    private long builtWith = -1;
    private final Object building = new Object();

    @Activate
    public RestFacade(@Reference RestSettings settings, @Reference VietnamClock clock, BundleContext context)
            throws InvalidSyntaxException {
        this.settings = settings;
        this.clock = clock;
        Filter filter = context.createFilter(CONTRIBUTIONS);
        contributions = new ServiceTracker<>(context, filter, null) {
            @Override
            public Object addingService(ServiceReference<Object> reference) {
                Object resource = super.addingService(reference);
                scheduleRebuild();
                return resource;
            }

            @Override
            public void removedService(ServiceReference<Object> reference, Object service) {
                super.removedService(reference, service);
                scheduleRebuild();
            }
        };
        contributions.open(true);
        // The web workspace (same JVM) names the browser behind each of its loopback calls with this key.
        forwardingKey = context.registerService(Supplier.class, clientAddresses,
                new Hashtable<>(Map.of(ClientAddresses.SERVICE_PROPERTY, "true")));
    }

    @Deactivate
    void deactivate() {
        forwardingKey.unregister();
        contributions.close();
        rebuilds.shutdownNow();
        generations.close();
        retirements.shutdown();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setPlans(PlanRepository service) {
        services.setPlans(service);
    }

    void unsetPlans(PlanRepository service) {
        services.unsetPlans(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setRules(RulePackRegistry service) {
        services.setRules(service);
    }

    void unsetRules(RulePackRegistry service) {
        services.unsetRules(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setChecker(RulePackChecker service) {
        services.setChecker(service);
    }

    void unsetChecker(RulePackChecker service) {
        services.unsetChecker(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setPackFiles(RulePackFiles service) {
        services.setPackFiles(service);
    }

    void unsetPackFiles(RulePackFiles service) {
        services.unsetPackFiles(service);
    }

    /**
     * Bound without getting the service: the export and its exporters (PDFBox, OpenHTMLtoPDF, the
     * fonts) start with the first export instead of with the API, which health does not need.
     */
    @Reference(service = DocumentExports.class, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setExports(ComponentServiceObjects<DocumentExports> service) {
        services.setExports(service);
    }

    void unsetExports(ComponentServiceObjects<DocumentExports> service) {
        services.unsetExports(service);
    }

    @Override
    public void init(ServletConfig servletConfig) throws ServletException {
        this.servletConfig = servletConfig;
        synchronized (building) {
            // Always a new one: a servlet container that (re)starts has a new context.
            build(servletConfig);
        }
    }

    @Override
    public void service(ServletRequest request, ServletResponse response) throws ServletException, IOException {
        HttpServletRequest incoming = (HttpServletRequest) request;
        String authorization = incoming.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            HttpServletResponse outgoing = (HttpServletResponse) response;
            // The cheap look at the headers first: a request without a body (most of them) costs no token lookup here.
            if (UnreadBodies.declaredLength(incoming::getHeader) != 0 && bodyWorthReading(authorization)) {
                bodyReads.read(incoming, settings.bodyReads(), withBody -> serve(withBody, outgoing),
                        (status, problem) -> answer(incoming, outgoing, status, problem));
            } else {
                serve(incoming, outgoing);
            }
            return;
        }
        AnonymousGate gate = settings.anonymousGate();
        boolean entered;
        try {
            entered = gate.enter();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            entered = false;
        }
        if (!entered) {
            answer(incoming, (HttpServletResponse) response, 503, Problem.of("busy", "Busy", 503,
                    "The server is serving as many requests without credentials as it takes; try again shortly"));
            return;
        }
        try {
            serve(incoming, (HttpServletResponse) response);
        } finally {
            gate.leave();
        }
    }

    private void serve(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        // For the login throttle and the audit log (a proxy in front: its own address; see the README).
        request.setAttribute(AuthenticationFilter.CLIENT_ADDRESS, clientAddresses.of(request.getRemoteAddr(),
                request.getHeader(ClientAddresses.ADDRESS_HEADER), request.getHeader(ClientAddresses.KEY_HEADER)));
        String contentType = request.getContentType();
        if (!RequestHeadersFilter.readableContentType(contentType)) {
            answer(request, response, 400, RequestHeadersFilter.unreadableContentType(contentType));
            return;
        }
        if (!generations.service(request, response)) {
            answer(request, response, 503, Problem.of(503, "The API is starting or stopping; try again"));
        }
    }

    /**
     * Whether a body sent with these credentials is read before the API sees them: not for a token
     * nobody issued (the API answers 401 without reading, as to a caller without credentials); for
     * HTTP Basic, whose password is checked by the API, yes (the read holds no thread and is bounded).
     */
    private boolean bodyWorthReading(String authorization) {
        return AuthenticationFilter.bearerToken(authorization)
                .map(token -> settings.tokens().caller(token).isPresent() || settings.sessions().expiresAt(token).isPresent())
                .orElse(true);
    }

    /** A problem answered here, without Jersey; the body is not read. */
    private void answer(HttpServletRequest request, HttpServletResponse response, int status, Problem problem) throws IOException {
        response.setStatus(status);
        if (status == 503) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        }
        closeWhenBodyUnread(request, response);
        response.setContentType(Problem.MEDIA_TYPE);
        response.getOutputStream().write(problems.write(problem));
    }

    /** Answered here, the body is not read: the answer says the connection closes (see {@link UnreadBodies}). */
    private static void closeWhenBodyUnread(HttpServletRequest request, HttpServletResponse response) {
        if (UnreadBodies.declaredLength(request::getHeader) != 0) {
            response.setHeader("Connection", "close");
        }
    }

    @Override
    public void destroy() {
        servletConfig = null;
        generations.close();
    }

    @Override
    public ServletConfig getServletConfig() {
        return servletConfig;
    }

    @Override
    public String getServletInfo() {
        return "Thi Đua REST facade";
    }

    private synchronized void scheduleRebuild() {
        if (pendingRebuild != null) {
            pendingRebuild.cancel(false);
        }
        if (!rebuilds.isShutdown()) {
            pendingRebuild = rebuilds.schedule(this::rebuild, REBUILD_DELAY_MS, TimeUnit.MILLISECONDS);
        }
    }

    private void rebuild() {
        ServletConfig current = servletConfig;
        if (current == null) {
            return; // not initialised yet: init() builds with what is registered then
        }
        try {
            long started = System.nanoTime();
            synchronized (building) {
                if (builtWith == contributions.getTrackingCount()) {
                    return; // built with these contributions already (by init, meanwhile)
                }
                build(current);
            }
            LOG.info("REST API rebuilt with {} contributed resource(s) in {} ms", contributed().size(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (ServletException | RuntimeException e) {
            LOG.error("The REST API could not be rebuilt; the previous one keeps serving", e);
        }
    }

    /** A new generation with the contributions there now, in service; called holding {@link #building}. */
    private void build(ServletConfig servletConfig) throws ServletException {
        // Read before the contributions: one that comes after is then sure of a rebuild.
        long trackingCount = contributions.getTrackingCount();
        generations.replace(newGeneration(servletConfig, contributed()));
        builtWith = trackingCount;
    }

    private ServletContainer newGeneration(ServletConfig servletConfig, List<Object> contributed) throws ServletException {
        ServletContainer container = new ServletContainer(ApiApplication.create(services,
                (user, password) -> settings.passwords().login(user, password), settings::tokens, settings::throttle,
                settings.sessions(), settings::bodyLimit,
                clock, contributed));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(RestFacade.class.getClassLoader());
        try {
            container.init(servletConfig);
        } finally {
            thread.setContextClassLoader(previous);
        }
        return container;
    }

    private List<Object> contributed() {
        Object[] services = contributions.getServices();
        return services == null ? List.of() : new ArrayList<>(List.of(services));
    }

    private static Thread thread(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
