package vn.thidua.itests;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

import com.fasterxml.jackson.databind.JsonNode;

import vn.thidua.export.DocumentExports;
import vn.thidua.plan.store.PlanRepository;
import vn.thidua.rules.RulePackRegistry;

/**
 * The REST facade of the booted distribution, over real HTTP from inside the container:
 * credentials and roles, problems, the OpenAPI document, and what changes under it while requests
 * keep coming: resources contributed by other bundles, and a province's rule pack. (Every endpoint
 * against the real services: {@link RestEndpointsIT}.)
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RestIT extends RestTestSupport {

    private static final String GIA_LAI_BUNDLE = "vn.thidua.rules.gia-lai";
    /** Times the higher pack comes and goes in the swap under load. */
    private static final int SWAPS = 5;
    /** Drafts the clients make from each pack in force before it is swapped again. */
    private static final int DRAFTS_PER_PACK = 5;

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

    /** A viewer and an editor, written by hand before the first start (Karaf hashes them as admin is created). */
    @Override
    protected Map<String, String> realmUsers() {
        return Map.of("ana-viewer", "pw-viewer,viewer", "ba-editor", "pw-editor,editor");
    }

    /**
     * Once ready, users.properties holds one admin with every role, the password from the
     * environment (the API lets it in), and the users written by hand, hashed by Karaf, roles kept.
     */
    @Test
    public void theFirstStartLeavesOneAdminWithItsRolesBesideTheHandWrittenUsers() throws Exception {
        List<String> lines = Files.readAllLines(Paths.get(System.getProperty("karaf.etc"), "users.properties"), ISO_8859_1);
        List<String> admins = lines.stream().filter(line -> line.startsWith("admin ")).toList();
        assertEquals(1, admins.size());
        assertTrue(admins.get(0), admins.get(0).matches(
                "admin = \\{CRYPT}[0-9a-f]+\\{CRYPT},admin,manager,viewer,systembundles,ssh,editor"));
        for (String user : List.of("ana-viewer = \\{CRYPT}[0-9a-f]+\\{CRYPT},viewer", "ba-editor = \\{CRYPT}[0-9a-f]+\\{CRYPT},editor")) {
            assertEquals(lines.toString(), 1, lines.stream().filter(line -> line.matches(user)).count());
        }
        assertEquals(200, get("tokens", admin()).statusCode());
    }

    /**
     * Restarts do not stall: JAAS's modules start with a realm configured for bcrypt and wait (blocking
     * the start level for 10 s) unless the EncryptionService named spring-security-crypto is already
     * registered, so its bundle must start at a lower level than org.apache.karaf.jaas.modules.
     */
    @Test
    public void theBcryptServiceStartsBeforeJaas() throws Exception {
        Bundle crypto = bundle("org.apache.karaf.jaas.spring-security-crypto");
        int cryptoLevel = crypto.adapt(BundleStartLevel.class).getStartLevel();
        int jaasLevel = bundle("org.apache.karaf.jaas.modules").adapt(BundleStartLevel.class).getStartLevel();
        assertTrue("bcrypt service at start level " + cryptoLevel + ", JAAS at " + jaasLevel, cryptoLevel < jaasLevel);
        ServiceReference<?>[] bcrypt = bundleContext.getServiceReferences(
                "org.apache.karaf.jaas.modules.EncryptionService", "(name=spring-security-crypto)");
        assertTrue("no EncryptionService named spring-security-crypto", bcrypt != null && bcrypt.length == 1);
        assertEquals(crypto, bcrypt[0].getBundle());
    }

    /**
     * pax-web's first Jetty server is its only one at boot: vn.thidua.jetty starts before pax-web and registers
     * its handler when pax-web's Jetty bundle has started, before the runtime makes a server. A server stopped
     * at start (the handler registered after it) left a connection accepted while it stopped unanswered for ever.
     */
    @Test
    public void jettyStartsOnceAtBoot() throws Exception {
        int ours = bundle("vn.thidua.jetty").adapt(BundleStartLevel.class).getStartLevel();
        int paxWeb = bundle("org.ops4j.pax.web.pax-web-jetty").adapt(BundleStartLevel.class).getStartLevel();
        assertTrue("vn.thidua.jetty at start level " + ours + ", pax-web's Jetty at " + paxWeb, ours < paxWeb);
        List<String> servers = Files.readAllLines(Paths.get(System.getProperty("karaf.log", System.getProperty("karaf.data")
                + "/log"), "karaf.log")).stream()
                .filter(line -> line.contains("JettyServerWrapper") && line.matches(".*\\| (Starting|Stopping) Server@.*"))
                .map(line -> line.replaceAll(".*\\| ((Starting|Stopping) Server@).*", "$1"))
                .toList();
        assertEquals(servers.toString(), List.of("Starting Server@"), servers);
        ServiceReference<?>[] handlers = bundleContext.getAllServiceReferences("org.eclipse.jetty.server.Handler", null);
        assertTrue("no Jetty handler of vn.thidua.jetty", handlers != null
                && List.of(handlers).stream().anyMatch(handler -> handler.getBundle().equals(bundle("vn.thidua.jetty"))));
    }

    /**
     * A password login exchanged for a session token over real HTTP: the token works as Bearer with
     * the login's roles, only a password login makes one, and once revoked it gets 401 problem+json.
     */
    @Test
    public void aLoginBecomesASessionTokenUntilRevoked() throws Exception {
        HttpResponse<String> opened = call(request("sessions", basic("ba-editor", "pw-editor")).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(opened.body(), 201, opened.statusCode());
        assertEquals("no-store", opened.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(opened.headers().firstValue("Location").orElse(""), opened.headers().firstValue("Location").orElse("")
                .endsWith("/api/v1/sessions/current"));
        JsonNode session = json(opened);
        assertEquals("[\"editor\",\"viewer\"]", session.path("roles").toString());
        String bearer = "Bearer " + session.path("token").asText();
        assertEquals(200, get("plans", bearer).statusCode());
        assertEquals(403, get("tokens", bearer).statusCode());
        assertProblem(call(request("sessions", bearer).POST(HttpRequest.BodyPublishers.noBody())), 400, "about:blank", "Authorization");
        assertEquals(401, call(request("sessions", basic("ba-editor", "wrong")).POST(HttpRequest.BodyPublishers.noBody())).statusCode());

        assertEquals(204, call(request("sessions/current", bearer).DELETE()).statusCode());
        assertProblem(get("plans", bearer), 401, "about:blank", "Authorization");
    }

    /**
     * The export (the registry, its exporters, PDFBox and the fonts) starts with the first export,
     * not with the API: the facade binds it as ComponentServiceObjects and gets it on first use
     * (OnFirstUse). Nothing else in this class exports, and the service is looked at without being got.
     */
    @Test
    public void theExportStartsWithTheFirstExportNotWithTheApi() throws Exception {
        ServiceTracker<DocumentExports, ServiceReference<DocumentExports>> registered = new ServiceTracker<>(bundleContext,
                DocumentExports.class, new ServiceTrackerCustomizer<>() {
                    @Override
                    public ServiceReference<DocumentExports> addingService(ServiceReference<DocumentExports> reference) {
                        return reference; // not got: getting it would activate the component
                    }

                    @Override
                    public void modifiedService(ServiceReference<DocumentExports> reference, ServiceReference<DocumentExports> same) {
                    }

                    @Override
                    public void removedService(ServiceReference<DocumentExports> reference, ServiceReference<DocumentExports> same) {
                    }
                });
        registered.open();
        try {
            assertTrue("no DocumentExports service", registered.waitForService(SECONDS.toMillis(60)) != null);
        } finally {
            registered.close();
        }
        assertEquals("the export's state before any export", ComponentConfigurationDTO.SATISFIED, exportState());
        awaitServices(RulePackRegistry.class, 1);
        awaitStatus("rule-packs/in-force?province=gia-lai&date=2025-06-01", admin(), 200);
        HttpResponse<String> draft = send("POST", "plans/drafts", admin(), "{\"province\":\"gia-lai\",\"year\":2025}");
        assertEquals(draft.body(), 201, draft.statusCode());
        assertEquals("a draft made, nothing exported", ComponentConfigurationDTO.SATISFIED, exportState());
        HttpResponse<String> document = get("plans/" + json(draft).path("id").asText() + "/document?format=docx", admin());
        assertEquals(document.body(), 200, document.statusCode());
        assertEquals("the export's state after the first export", ComponentConfigurationDTO.ACTIVE, exportState());
    }

    private int exportState() {
        ServiceReference<ServiceComponentRuntime> reference = bundleContext.getServiceReference(ServiceComponentRuntime.class);
        ServiceComponentRuntime scr = bundleContext.getService(reference);
        try {
            ComponentDescriptionDTO registry = scr.getComponentDescriptionDTO(bundle("vn.thidua.export"),
                    "vn.thidua.export.internal.ExporterRegistry");
            assertTrue("no component ExporterRegistry", registry != null);
            List<ComponentConfigurationDTO> configurations = List.copyOf(scr.getComponentConfigurationDTOs(registry));
            assertEquals(1, configurations.size());
            return configurations.get(0).state;
        } finally {
            bundleContext.ungetService(reference);
        }
    }

    @Test
    public void eachRoleGetsWhatItMayAndNoMore() throws Exception {
        assertEquals(403, get("tokens", basic("ana-viewer", "pw-viewer")).statusCode());
        assertEquals(403, get("tokens", basic("ba-editor", "pw-editor")).statusCode());
        HttpResponse<String> write = send("POST", "plans", basic("ana-viewer", "pw-viewer"), "{}");
        assertEquals(write.body(), 403, write.statusCode());
        HttpResponse<String> editor = send("POST", "plans", basic("ba-editor", "pw-editor"), "{\"province\": ");
        assertEquals(editor.body(), 400, editor.statusCode());
        assertTrue(editor.body(), editor.body().contains("urn:thidua:problem:malformed-json"));
    }

    @Test
    public void anEndpointAnswersOnceItsServiceIsRegistered() throws Exception {
        // Read-then-call raced the store's first start (its service comes after the examples are in):
        // wait for each service, then for the facade to answer with it. Its 503 while a service is
        // stopped: RestEndpointsIT.anEndpointWhoseServiceIsStoppedAnswers503.
        awaitServices(PlanRepository.class, 1);
        awaitStatus("plans", basic("admin", ADMIN_PASSWORD), 200);
        awaitServices(RulePackRegistry.class, 1);
        awaitStatus("rule-packs", basic("admin", ADMIN_PASSWORD), 200);
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
        RequestLoad load = RequestLoad.start(4, (client, n) -> {
            HttpResponse<String> response = get("tokens", admin);
            return response.statusCode() == 200 ? null : response.statusCode() + " " + response.body();
        });
        try {
            for (int round = 0; round < 10; round++) {
                Dictionary<String, Object> properties = new Hashtable<>();
                properties.put("thidua.rest.resource", Boolean.TRUE);
                ServiceRegistration<Object> registration = bundleContext.registerService(Object.class, new Probe(), properties);
                awaitStatus("probe", admin, 200);
                load.awaitAnswers(4); // the clients' calls go on across every swap, however slow the machine
                registration.unregister();
                awaitStatus("probe", admin, 404);
                load.awaitAnswers(4);
            }
        } finally {
            load.stop();
        }
        assertEquals("failed requests during the swaps", List.of(), load.failures());
        assertTrue("too few requests were made: " + load.served(), load.served() > 40);
    }

    /**
     * The no-gap swap of a province's pack while 3 clients loop over 2025 drafts for that province, its
     * pack in force and the pack list: five times a higher Gia Lai pack is installed beside the
     * shipped one ({@code bundle:install}, version 2023.9.0) and uninstalled again, so a Gia Lai pack
     * is in force throughout (removing the only pack, by {@code feature:uninstall}, leaves the
     * province without one for a moment: drafts then get 409 no-rule-pack, as they should). No request fails; the new pack shows in {@code /rule-packs} and
     * {@code /rule-packs/in-force} at once, drafts are made from it until it goes, then from the
     * shipped one again; only the pack's bundle changes state, and the facade's servlet is the same
     * service from start to end (nothing restarted it).
     */
    @Test
    public void aPackSwappedUnderLoadShowsThroughWithoutAFailedRequest() throws Exception {
        Bundle shipped = bundle(GIA_LAI_BUNDLE);
        Bundle rest = bundle("vn.thidua.rest");
        Object servlet = servletId();
        java.nio.file.Path jar = PackJars.repack(shipped, Files.createTempFile("gia-lai-2023.9.0-", ".jar"),
                "rulepacks/gia-lai-2023.yaml", PackJars.replacing("version: 2023.1.0", "version: 2023.9.0"), "0.2.0");
        String location = jar.toUri().toString();
        String editor = basic("admin", ADMIN_PASSWORD);
        Map<String, AtomicInteger> draftsByPack = new ConcurrentHashMap<>();
        AtomicReference<String> awaitedPack = new AtomicReference<>("");
        AtomicReference<CountDownLatch> awaitedDraft = new AtomicReference<>(new CountDownLatch(0));
        RequestLoad load = RequestLoad.start(3, (client, n) -> {
            switch ((int) ((client + n) % 3)) {
                case 0: {
                    HttpResponse<String> draft = send("POST", "plans/drafts", editor, "{\"province\":\"gia-lai\",\"year\":2025}");
                    if (draft.statusCode() != 201) {
                        return "draft: " + draft.statusCode() + " " + draft.body();
                    }
                    String pack = json(draft).path("rulePackId").asText();
                    draftsByPack.computeIfAbsent(pack, p -> new AtomicInteger()).incrementAndGet();
                    if (pack.equals(awaitedPack.get())) {
                        awaitedDraft.get().countDown();
                    }
                    return null;
                }
                case 1: {
                    HttpResponse<String> inForce = get("rule-packs/in-force?province=gia-lai&date=2025-01-01", editor);
                    return inForce.statusCode() == 200 ? null : "in force: " + inForce.statusCode() + " " + inForce.body();
                }
                default: {
                    HttpResponse<String> packs = get("rule-packs", editor);
                    return packs.statusCode() == 200 ? null : "rule packs: " + packs.statusCode() + " " + packs.body();
                }
            }
        });
        try {
            for (int round = 1; round <= SWAPS; round++) {
                awaitDraftsFrom("gia-lai@2023.9.0", awaitedPack, awaitedDraft, () -> {
                    PackSwap installed = PackSwap.run(bundleContext, () -> execute("bundle:install -s " + location),
                            packs -> RulePackTestSupport.loaded(packs, "gia-lai").equals(List.of("gia-lai@2023.1.0", "gia-lai@2023.9.0", "gia-lai@2025.7.0")));
                    installed.assertOnlyBundlesChanged(Set.of(GIA_LAI_BUNDLE), Set.of("INSTALLED", "STARTED"));
                    assertPackShown("gia-lai@2023.9.0", editor);
                });
                Bundle higher = bundleContext.getBundle(location);
                awaitDraftsFrom("gia-lai@2023.1.0", awaitedPack, awaitedDraft, () -> {
                    PackSwap removed = PackSwap.run(bundleContext, () -> execute("bundle:uninstall " + higher.getBundleId()),
                            packs -> RulePackTestSupport.loaded(packs, "gia-lai").equals(List.of("gia-lai@2023.1.0", "gia-lai@2025.7.0")));
                    removed.assertOnlyBundlesChanged(Set.of(GIA_LAI_BUNDLE), Set.of("UNINSTALLED"));
                    assertPackShown("gia-lai@2023.1.0", editor);
                });
            }
        } finally {
            load.stop();
            Bundle left = bundleContext.getBundle(location);
            if (left != null) {
                left.uninstall();
            }
            Files.deleteIfExists(jar);
        }
        System.out.printf("[rest pack swap under load] %d swaps back and forth: %d requests served, %d failed; drafts by pack %s%n",
                SWAPS, load.served(), load.failures().size(), draftsByPack);
        assertEquals("failed requests during the swaps", List.of(), load.failures());
        assertTrue("too few requests were made: " + load.served(), load.served() > 20 * SWAPS);
        assertEquals(Set.of("gia-lai@2023.1.0", "gia-lai@2023.9.0"), draftsByPack.keySet());
        assertEquals(Bundle.ACTIVE, rest.getState());
        assertEquals("the facade's servlet was registered again", servlet, servletId());
    }

    /** A JAX-RS resource another bundle could contribute. */    /** A JAX-RS resource another bundle could contribute. */
    @Path("probe")
    public static final class Probe {
        @GET
        @Produces("text/plain")
        public String hello() {
            return "xin chào";
        }
    }

    /**
     * The pack in force for Gia Lai on 1 January 2025 (the former province's: the new one's starts on
     * 1/7/2025), as the list and the in-force lookup show it, and what a 2025 draft is made from.
     */
    private void assertPackShown(String id, String authorization) throws Exception {
        JsonNode packs = json(get("rule-packs", authorization));
        assertTrue(packs.toString(), packs.findValuesAsText("id").contains(id));
        assertEquals(id, json(get("rule-packs/in-force?province=gia-lai&date=2025-01-01", authorization)).path("pack")
                .path("id").asText());
        JsonNode draft = json(send("POST", "plans/drafts", authorization, "{\"province\":\"gia-lai\",\"year\":2025}"));
        assertEquals(id, draft.path("rulePackId").asText());
        assertEquals("rulepack:" + id, draft.path("plan").path("source").asText());
    }

    /** Runs the swap, then waits (on a latch the client loop counts down) until the loop has made drafts from {@code pack}. */
    private static void awaitDraftsFrom(String pack, AtomicReference<String> awaitedPack,
            AtomicReference<CountDownLatch> awaitedDraft, PackSwap.Action swap) throws Exception {
        CountDownLatch drafted = new CountDownLatch(DRAFTS_PER_PACK);
        awaitedDraft.set(drafted);
        awaitedPack.set(pack);
        swap.run();
        assertTrue("the clients made no draft from " + pack + " within 60 s", drafted.await(60, SECONDS));
    }

    private Object servletId() {
        ServiceReference<?>[] servlets;
        try {
            servlets = bundleContext.getServiceReferences((String) null, "(osgi.http.whiteboard.servlet.name=thidua-rest)");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        assertTrue("one servlet thidua-rest", servlets != null && servlets.length == 1);
        return servlets[0].getProperty(Constants.SERVICE_ID);
    }

    private void awaitStatus(String path, String authorization, int status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (get(path, authorization).statusCode() != status) {
            assertTrue(path + " did not answer " + status + " within 30 s", System.nanoTime() < deadline);
            Thread.sleep(20);
        }
    }
}
