package vn.thidua.itests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.inject.Inject;
import javax.security.auth.Subject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

/**
 * The REST facade of the booted distribution, over real HTTP from inside the container:
 * credentials and roles, problems, the OpenAPI document, and resources swapped in and out while
 * requests keep coming.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RestIT {

    private static final String ADMIN_PASSWORD = "it-admin-Passw0rd";

    @Inject
    private BundleContext bundleContext;

    @Inject
    private SessionFactory sessionFactory;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String base;

    @Configuration
    public Option[] config() throws IOException {
        String port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = Integer.toString(socket.getLocalPort());
        }
        return OptionUtils.combine(new DistributionIT().config(), options(
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", port),
                systemProperty("thidua.test.httpPort").value(port)));
    }

    /** Waits (bounded) until the API answers: pax-web registers the servlet asynchronously. */
    @Before
    public void awaitApi() throws Exception {
        base = "http://127.0.0.1:" + System.getProperty("thidua.test.httpPort") + "/api/v1/";
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            try {
                int status = get("health", null).statusCode();
                if (status == 200 || status == 503) {
                    return;
                }
            } catch (IOException notYet) {
                // Jetty not listening yet
            }
            assertTrue("the API did not answer within 120 s", System.nanoTime() < deadline);
            Thread.sleep(200);
        }
    }

    @Test
    public void anonymousCallsGet401ButHealthAnswers() throws Exception {
        HttpResponse<String> plans = get("plans", null);
        assertEquals(401, plans.statusCode());
        assertTrue(plans.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm=\"thidua\""));
        assertEquals("application/problem+json", plans.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<String> health = get("health", null);
        assertTrue(health.body(), health.body().startsWith("{\"status\":"));
    }

    @Test
    public void theAdminFromTheEnvironmentLogsInAndAWrongPasswordDoesNot() throws Exception {
        assertEquals(200, get("tokens", basic("admin", ADMIN_PASSWORD)).statusCode());
        assertEquals(401, get("tokens", basic("admin", "wrong")).statusCode());
    }

    @Test
    public void eachRoleGetsWhatItMayAndNoMore() throws Exception {
        console("jaas:realm-manage --realm karaf", "jaas:user-add ana-viewer pw-viewer", "jaas:role-add ana-viewer viewer",
                "jaas:user-add ba-editor pw-editor", "jaas:role-add ba-editor editor", "jaas:update");
        assertEquals(403, get("tokens", basic("ana-viewer", "pw-viewer")).statusCode());
        assertEquals(403, get("tokens", basic("ba-editor", "pw-editor")).statusCode());
        HttpResponse<String> write = send("POST", "plans", basic("ana-viewer", "pw-viewer"), "{}");
        assertEquals(write.body(), 403, write.statusCode());
        HttpResponse<String> editor = send("POST", "plans", basic("ba-editor", "pw-editor"), "{\"province\": ");
        assertEquals(editor.body(), 400, editor.statusCode());
        assertTrue(editor.body(), editor.body().contains("urn:thidua:problem:invalid-plan"));
    }

    @Test
    public void anEndpointOfAnAbsentServiceAnswers503ElseItsAnswer() throws Exception {
        for (String[] endpoint : new String[][] { { "plans", "vn.thidua.plan.store.PlanRepository" },
                { "rule-packs", "vn.thidua.rules.RulePackRegistry" } }) {
            ServiceReference<?> service = bundleContext.getServiceReference(endpoint[1]);
            HttpResponse<String> response = get(endpoint[0], basic("admin", ADMIN_PASSWORD));
            assertEquals(response.body(), service == null ? 503 : 200, response.statusCode());
        }
    }

    @Test
    public void theOpenApiDocumentAndTheApiPageAreServed() throws Exception {
        HttpResponse<String> document = get("openapi.json", basic("admin", ADMIN_PASSWORD));
        assertEquals(200, document.statusCode());
        assertTrue(document.body().contains("\"openapi\" : \"3.0.1\"") && document.body().contains("\"/plans/{id}/document\""));
        assertEquals(200, get("docs/index.html", basic("admin", ADMIN_PASSWORD)).statusCode());
        assertEquals(200, get("docs/swagger-ui-bundle.js", basic("admin", ADMIN_PASSWORD)).statusCode());
    }

    /** A resource comes and goes 10 times while 4 clients call the API: no request fails. */
    @Test
    public void contributedResourcesSwapWithoutAFailedRequest() throws Exception {
        String admin = basic("admin", ADMIN_PASSWORD);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger served = new AtomicInteger();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> loops = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            loops.add(clients.submit(() -> {
                while (running.get()) {
                    try {
                        HttpResponse<String> response = get("tokens", admin);
                        if (response.statusCode() == 200) {
                            served.incrementAndGet();
                        } else {
                            failures.add(response.statusCode() + " " + response.body());
                        }
                    } catch (Exception e) {
                        failures.add(e.toString());
                    }
                }
                return null;
            }));
        }
        try {
            for (int round = 0; round < 10; round++) {
                Dictionary<String, Object> properties = new Hashtable<>();
                properties.put("thidua.rest.resource", Boolean.TRUE);
                ServiceRegistration<Object> registration = bundleContext.registerService(Object.class, new Probe(), properties);
                awaitStatus("probe", admin, 200);
                registration.unregister();
                awaitStatus("probe", admin, 404);
            }
        } finally {
            running.set(false);
            for (Future<?> loop : loops) {
                loop.get();
            }
            clients.shutdown();
        }
        assertEquals("failed requests during the swaps", List.of(), failures);
        assertTrue("too few requests were made: " + served.get(), served.get() > 40);
    }

    /** A JAX-RS resource another bundle could contribute. */
    @Path("probe")
    public static final class Probe {
        @GET
        @Produces("text/plain")
        public String hello() {
            return "xin chào";
        }
    }

    private void awaitStatus(String path, String authorization, int status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (get(path, authorization).statusCode() != status) {
            assertTrue(path + " did not answer " + status + " within 30 s", System.nanoTime() < deadline);
            Thread.sleep(20);
        }
    }

    private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    private HttpResponse<String> send(String method, String path, String authorization, String json)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, UTF_8)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(UTF_8));
    }

    private void console(String... commands) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream print = new PrintStream(out, true, UTF_8);
                Session session = sessionFactory.create(new ByteArrayInputStream(new byte[0]), print, print)) {
            // jaas:update is for Karaf's admin role only (its command ACL).
            Subject admin = new Subject();
            admin.getPrincipals().add(new RolePrincipal("admin"));
            Subject.doAs(admin, (PrivilegedExceptionAction<Void>) () -> {
                for (String command : commands) {
                    session.execute(command);
                }
                return null;
            });
        }
    }
}
