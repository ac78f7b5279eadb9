package vn.thidua.itests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.Before;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the tests of the REST facade share: Jetty on a free loopback port, the account {@code admin}
 * with the password the build gives the distribution ({@code THIDUA_ADMIN_PASSWORD}), a test's own
 * users of the realm, and an HTTP client that calls the API from inside the container as an
 * external system would. Each test starts once the API answers and {@code admin} logs in.
 */
public abstract class RestTestSupport extends PlatformTestSupport {

    /** The password of {@code admin}, set by the failsafe configuration's environment. */
    protected static final String ADMIN_PASSWORD = "it-admin-Passw0rd";

    /** The service the facade registers once {@code admin} is in users.properties and the file has settled. */
    private static final String ADMIN_ACCOUNT_READY = "(thidua.readiness=admin-account)";

    protected static final ObjectMapper JSON = new ObjectMapper();

    protected final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** {@code http://127.0.0.1:<port>/api/v1/}. */
    protected String base;

    @Override
    protected String bootFeature() {
        return "thidua-rest";
    }

    @Override
    protected List<Option> extraOptions() throws IOException {
        String port = freePort();
        List<Option> options = new ArrayList<>(super.extraOptions());
        options.add(editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", port));
        options.add(systemProperty("thidua.test.httpPort").value(port));
        realmUsers().forEach((user, line) -> options.add(editConfigurationFilePut("etc/users.properties", user, line)));
        return options;
    }

    /**
     * Users of the realm the test logs in as, besides {@code admin}: name to {@code password,role,…},
     * written into {@code etc/users.properties} before the boot with the password in clear, as an
     * operator may write them (Karaf hashes them as it starts, while {@code admin} is created).
     * Adding them with {@code jaas:*} once Karaf runs would race Karaf's {@code AutoEncryptionSupport},
     * which reads the file when it changes and can catch a {@code jaas:update} save half-way.
     */
    protected Map<String, String> realmUsers() {
        return Map.of();
    }

    /**
     * Waits (bounded) until {@code admin} logs in (the facade's readiness service, no polling),
     * then until the API answers: pax-web registers the servlet asynchronously.
     */
    @Before
    public void awaitApi() throws Exception {
        awaitAdminAccount();
        base = "http://127.0.0.1:" + System.getProperty("thidua.test.httpPort") + "/api/v1/";
        long deadline = System.nanoTime() + Duration.ofSeconds(BOOT_TIMEOUT_SECONDS).toNanos();
        while (true) {
            try {
                int status = get("health", null).statusCode();
                if (status == 200 || status == 503) {
                    return;
                }
            } catch (IOException notYet) {
                // Jetty not listening yet
            }
            assertTrue("the API did not answer within " + BOOT_TIMEOUT_SECONDS + " s", System.nanoTime() < deadline);
            Thread.sleep(200);
        }
    }

    private void awaitAdminAccount() throws InterruptedException, InvalidSyntaxException {
        ServiceTracker<Object, Object> ready = new ServiceTracker<>(bundleContext, bundleContext.createFilter(ADMIN_ACCOUNT_READY), null);
        ready.open(true);
        try {
            assertNotNull("the account admin was not ready within " + BOOT_TIMEOUT_SECONDS + " s",
                    ready.waitForService(TimeUnit.SECONDS.toMillis(BOOT_TIMEOUT_SECONDS)));
        } finally {
            ready.close();
        }
    }

    protected HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        return call(request(path, authorization).GET());
    }

    /** A request with a JSON body. */
    protected HttpResponse<String> send(String method, String path, String authorization, String json)
            throws IOException, InterruptedException {
        return call(request(path, authorization).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, UTF_8)));
    }

    /** A request to {@code path} under the API, with the credentials when not null. */
    protected HttpRequest.Builder request(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    protected HttpResponse<String> call(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    protected static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(UTF_8));
    }

    protected static String admin() {
        return basic("admin", ADMIN_PASSWORD);
    }

    protected static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /**
     * The response is an RFC 9457 problem of this status and type, naming {@code field} (no field
     * when null), with a detail for people, and nothing of a stack trace or a Java class in it.
     */
    protected static JsonNode assertProblem(HttpResponse<String> response, int status, String type, String field)
            throws IOException {
        String what = response.request().method() + " " + response.uri() + " -> " + response.body();
        assertEquals(what, status, response.statusCode());
        assertEquals(what, "application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonNode problem = json(response);
        assertEquals(what, type, problem.path("type").asText());
        assertEquals(what, status, problem.path("status").asInt());
        assertFalse(what, problem.path("title").asText().isBlank());
        assertFalse(what, problem.path("detail").asText().isBlank());
        if (field == null) {
            assertTrue(what, problem.path("field").isMissingNode());
        } else {
            assertEquals(what, field, problem.path("field").asText(null));
        }
        for (String leak : List.of("Exception", "\tat ", "java.", "vn.thidua.", "org.")) {
            assertFalse(what + " shows '" + leak + "'", response.body().contains(leak));
        }
        return problem;
    }
}
