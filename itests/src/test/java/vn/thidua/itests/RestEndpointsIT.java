package vn.thidua.itests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

import com.fasterxml.jackson.databind.JsonNode;

import vn.thidua.export.DocumentExporter;
import vn.thidua.export.DocumentExports;
import vn.thidua.plan.DocumentNumber;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanBuilder;
import vn.thidua.plan.PlanCodec;
import vn.thidua.plan.PlanKind;
import vn.thidua.plan.store.PlanRepository;
import vn.thidua.rules.RulePackChecker;
import vn.thidua.rules.RulePackRegistry;

/**
 * Every endpoint of the REST facade over real HTTP against the real services of the booted
 * distribution: the plan store on H2 with the five seed plans it loads at its first start, the three
 * provinces' rule packs and the five exporters. Each role (a realm user per role, the environment's
 * admin, a token per role), wrong and missing credentials, and every error status, each checked as
 * a problem+json body that names its field, after which the store holds exactly what it held
 * before. Two editors race with one ETag. Tests that write only ever write Gia Lai plans, so the
 * other provinces hold the seeds alone.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RestEndpointsIT extends RestTestSupport {

    private static final String VIEWER = basic("it-viewer", "viewer-Passw0rd");
    private static final String EDITOR = basic("it-editor", "editor-Passw0rd");
    private static final String PORTAL_TOKEN = "it-portal-token-for-reading-0123456789";
    private static final String SYSTEM_TOKEN = "it-system-token-for-writing-0123456789";
    private static final String EXAMPLES = "thidua-examples";
    private static final String GIA_LAI = "003_44668950db2da263";
    private static final String BAC_GIANG_2018 = "000_d3ad60d258665efa";
    private static final String HUNG_YEN = "004_a5c35aef69c6ea26";

    /** Each seed plan and the pack in force for it. */
    private static final Map<String, String> PACKS = Map.of(
            BAC_GIANG_2018, "bac-giang@2018.1.0",
            "001_b902e8c9f1ecfedd", "bac-giang@2024.1.0",
            "002_d4688f34a2318412", "bac-giang@2018.1.0",
            GIA_LAI, "gia-lai@2023.1.0",
            HUNG_YEN, "hung-yen@2024.1.0");

    /** Format, media type (as the exporter declares it, without parameters) and file extension. */
    private static final List<String[]> FORMATS = List.of(
            new String[] {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"},
            new String[] {"pdf", "application/pdf", "pdf"},
            new String[] {"html", "text/html", "html"},
            new String[] {"md", "text/markdown", "md"},
            new String[] {"ics", "text/calendar", "ics"});

    /** Ids of the seed plans in the store, by file name; found once per Karaf. */
    private static Map<String, String> seeds;

    @Inject
    private PlanCodec codec;

    @Inject
    private DocumentExports exports;

    @Inject
    private RulePackRegistry registry;

    @Inject
    private PlanRepository repository;

    @Inject
    private RulePackChecker checker;

    @Override
    protected List<Option> extraOptions() throws IOException {
        List<Option> options = new ArrayList<>(super.extraOptions());
        options.add(editConfigurationFilePut("etc/vn.thidua.rest.cfg", "token.it-portal", sha256(PORTAL_TOKEN) + " viewer"));
        options.add(editConfigurationFilePut("etc/vn.thidua.rest.cfg", "token.it-system", sha256(SYSTEM_TOKEN) + " editor"));
        return options;
    }

    /** A user per role below admin, in the realm from the first start. */
    @Override
    protected Map<String, String> realmUsers() {
        return Map.of("it-viewer", "viewer-Passw0rd,viewer", "it-editor", "editor-Passw0rd,editor");
    }

    /** The exporters, and the seeds' ids (the store loaded them before it registered). */
    @Before
    public void realData() throws Exception {
        awaitServices(DocumentExporter.class, FORMATS.size());
        if (seeds == null) {
            seeds = findSeeds();
        }
    }

    @Test
    public void plansAreListedFilteredAndPaged() throws Exception {
        assertEquals(List.of("bac-giang/2024", "bac-giang/2020", "bac-giang/2018"), listed("plans?province=bac-giang"));
        assertEquals(List.of("bac-giang/2024", "hung-yen/2024"), listed("plans?year=2024"));
        // The examples are loaded as what they are: each validated by its pack, none issued.
        assertEquals(List.of("bac-giang/2024", "bac-giang/2020", "bac-giang/2018"),
                listed("plans?status=validated&province=bac-giang"));
        assertEquals(List.of(), listed("plans?status=issued&province=bac-giang"));
        assertEquals(List.of("hung-yen/2024"), listed("plans?province=hung-yen&q=ke%20hoach"));
        assertEquals(List.of("hung-yen/2024"), listed("plans?province=hung-yen&q=k%E1%BA%BF%20ho%E1%BA%A1ch")); // kế hoạch
        assertEquals(List.of(), listed("plans?province=hung-yen&q=khu%20kinh%20te"));

        JsonNode page = json(get("plans?province=bac-giang&offset=1&limit=1", VIEWER));
        assertEquals(3, page.path("total").asInt());
        assertEquals(1, page.path("offset").asInt());
        assertEquals(1, page.path("limit").asInt());
        assertEquals(seeds.get("002_d4688f34a2318412"), page.path("items").get(0).path("id").asText());
        JsonNode first = json(get("plans?province=bac-giang&year=2018", VIEWER)).path("items").get(0);
        assertEquals("08/KH-TDMNPB", first.path("number").asText());
        assertEquals("VALIDATED", first.path("status").asText());
        assertEquals(50, json(get("plans", VIEWER)).path("limit").asInt());
    }

    /** Bắc Giang merged into Bắc Ninh on 2025-07-01: Bắc Ninh's listing by lineage holds the Bắc Giang examples. */
    @Test
    public void aProvinceListsWithItsPredecessorsByLineageAndADissolvedOneNamesItsSuccessor() throws Exception {
        assertEquals(List.of(), listed("plans?province=bac-ninh"));
        assertEquals(List.of("bac-giang/2024", "bac-giang/2020", "bac-giang/2018"), listed("plans?province=bac-ninh&lineage=true"));
        assertEquals(List.of("hung-yen/2024"), listed("plans?province=hung-yen&lineage=true"));
        JsonNode tasks = json(get("tasks?province=bac-ninh&lineage=true&limit=500", VIEWER));
        assertTrue(tasks.toString(), tasks.path("total").asInt() > 0);
        assertEquals(0, json(get("tasks?province=bac-ninh", VIEWER)).path("total").asInt());

        String before = storeState();
        JsonNode dissolved = assertProblem(send("POST", "plans/drafts", EDITOR, "{\"province\":\"bac-giang\",\"year\":2027}"),
                409, "urn:thidua:problem:dissolved-province", "/province");
        assertEquals("bac-ninh", dissolved.path("successor").asText());
        JsonNode unknown = assertProblem(send("POST", "plans/drafts", EDITOR, "{\"province\":\"gia-lia\",\"year\":2027}"),
                400, "urn:thidua:problem:unknown-province", "/province");
        assertEquals("gia-lai", unknown.path("closest").get(0).asText());
        String typo = codec.write(example(GIA_LAI)).replaceFirst("\"code\"\\s*:\\s*\"gia-lai\"", "\"code\": \"gia-lia\"");
        assertProblem(send("POST", "plans", EDITOR, typo), 400, "urn:thidua:problem:invalid-value", "/province/code");
        assertEquals("nothing stored", before, storeState());
        assertEquals(34, json(get("provinces?date=2025-07-01", VIEWER)).size());
        assertEquals("[\"bac-giang\",\"bac-ninh\"]", json(get("provinces/bac-ninh", VIEWER)).path("lineage").toString());
    }

    @Test
    public void eachSeedReadsBackEqualWithItsVersionAsETagAndItsHistory() throws Exception {
        for (Map.Entry<String, String> seed : seeds.entrySet()) {
            HttpResponse<String> read = get("plans/" + seed.getValue(), VIEWER);
            assertEquals(200, read.statusCode());
            JsonNode body = json(read);
            assertEquals("\"" + body.path("version").asLong() + "\"", read.headers().firstValue("ETag").orElse(""));
            assertEquals(seed.getKey(), example(seed.getKey()), codec.read(body.path("plan").toString()));
            assertEquals(EXAMPLES, body.path("createdBy").asText());
            assertEquals(seed.getKey(), "VALIDATED", body.path("status").asText());
            assertEquals("the pack that validated it", PACKS.get(seed.getKey()), body.path("rulePackId").asText());

            JsonNode history = json(get("plans/" + seed.getValue() + "/history", VIEWER));
            assertEquals("CREATED", history.get(0).path("action").asText());
            assertEquals(EXAMPLES, history.get(0).path("by").asText());
            JsonNode first = json(get("plans/" + seed.getValue() + "/history/1", VIEWER));
            assertEquals(example(seed.getKey()), codec.read(first.path("plan").toString()));
        }
        assertProblem(get("plans/" + seeds.get(GIA_LAI) + "/history/99", VIEWER), 404, "urn:thidua:problem:not-found", null);
        assertProblem(get("plans/" + seeds.get(GIA_LAI) + "/history/first", VIEWER), 400, "urn:thidua:problem:invalid-value",
                "version");
        assertProblem(get("plans/no-such-plan/history", VIEWER), 404, "urn:thidua:problem:not-found", null);
    }

    @Test
    public void storedAndPostedPlansValidateAgainstThePackInForce() throws Exception {
        for (Map.Entry<String, String> seed : seeds.entrySet()) {
            JsonNode stored = json(get("plans/" + seed.getValue() + "/validation", VIEWER));
            assertEquals(seed.getKey(), PACKS.get(seed.getKey()), stored.path("pack").path("id").asText());
            assertTrue(stored.toString(), stored.path("valid").asBoolean());
            assertEquals(0, stored.path("errors").asInt());

            JsonNode posted = json(send("POST", "plans/validation", VIEWER, codec.write(example(seed.getKey()))));
            assertEquals(stored, posted);
        }
        String before = storeState();
        JsonNode invalid = json(send("POST", "plans/validation", VIEWER, invalidGiaLai()));
        assertFalse(invalid.path("valid").asBoolean());
        assertTrue(invalid.toString(), invalid.path("errors").asInt() >= 1);
        assertTrue(invalid.toString(), invalid.path("findings").findValuesAsText("pointer").contains("/number/symbol"));
        assertEquals("validation stores nothing", before, storeState());
    }

    @Test
    public void documentsInEveryFormatByFormatAndByAccept() throws Exception {
        Plan plan = example(BAC_GIANG_2018);
        String id = seeds.get(BAC_GIANG_2018);
        for (String[] format : FORMATS) {
            byte[] expected = exports.export(plan, format[0]);
            HttpResponse<byte[]> byFormat = http.send(request("plans/" + id + "/document?format=" + format[0], VIEWER).GET()
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> byAccept = http.send(request("plans/" + id + "/document", VIEWER)
                    .header("Accept", format[1]).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            for (HttpResponse<byte[]> document : List.of(byFormat, byAccept)) {
                assertEquals(format[0], 200, document.statusCode());
                assertTrue(format[0], document.headers().firstValue("Content-Type").orElse("").startsWith(format[1]));
                assertEquals("attachment; filename=\"KH-08-KH-TDMNPB-2018." + format[2] + "\"",
                        document.headers().firstValue("Content-Disposition").orElse(""));
                assertArrayEquals(format[0] + " is the exporter's document", expected, document.body());
            }
            // one document, one tag, whichever way it was asked for; a client holding it gets a 304
            String tag = byFormat.headers().firstValue("ETag").orElseThrow();
            assertEquals(format[0], tag, byAccept.headers().firstValue("ETag").orElse(""));
            HttpResponse<byte[]> unchanged = http.send(request("plans/" + id + "/document?format=" + format[0], VIEWER)
                    .header("If-None-Match", tag).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(format[0], 304, unchanged.statusCode());
            assertEquals(format[0], 0, unchanged.body().length);
        }
        HttpResponse<String> preferred = call(request("plans/" + id + "/document", VIEWER)
                .header("Accept", "text/html;q=0.5, application/pdf").GET());
        assertTrue(preferred.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        JsonNode refused = assertProblem(call(request("plans/" + id + "/document", VIEWER).header("Accept", "image/png").GET()),
                406, "urn:thidua:problem:not-acceptable", "format");
        assertEquals("[\"docx\",\"html\",\"ics\",\"md\",\"pdf\"]", refused.path("available").toString());
        assertProblem(get("plans/" + id + "/document?format=odt", VIEWER), 400, "urn:thidua:problem:unknown-format", "format");
        assertProblem(get("plans/no-such-plan/document?format=pdf", VIEWER), 404, "urn:thidua:problem:not-found", null);
    }

    @Test
    public void tasksAreListedDueAndTheirStatusUpdated() throws Exception {
        String id = seeds.get(HUNG_YEN);
        JsonNode tasks = json(get("plans/" + id + "/tasks", VIEWER));
        assertEquals(example(HUNG_YEN).tasks().size(), tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            assertEquals(i + 1, tasks.get(i).path("number").asInt());
            assertEquals(example(HUNG_YEN).tasks().get(i).content(), tasks.get(i).path("content").asText());
        }
        JsonNode due = json(get("tasks?province=hung-yen&dueBefore=2024-06-30&limit=500", VIEWER));
        assertTrue(due.toString(), due.path("total").asInt() > 0);
        for (JsonNode task : due.path("items")) {
            assertEquals("hung-yen", task.path("provinceCode").asText());
            assertFalse(task.toString(), LocalDate.parse(task.path("deadline").asText()).isAfter(LocalDate.of(2024, 6, 30)));
        }
        JsonNode late = json(get("tasks?late=true&province=bac-giang&limit=500", VIEWER));
        for (JsonNode task : late.path("items")) {
            assertTrue(task.toString(), task.path("late").asBoolean());
        }

        String etag = get("plans/" + id, VIEWER).headers().firstValue("ETag").orElseThrow();
        try {
            JsonNode started = json(send("PUT", "plans/" + id + "/tasks/2/status", EDITOR, "{\"status\":\"IN_PROGRESS\"}"));
            assertEquals("IN_PROGRESS", started.path("status").asText());
            assertEquals(1, json(get("tasks?province=hung-yen&status=IN_PROGRESS", VIEWER)).path("total").asInt());
            JsonNode done = json(send("PUT", "plans/" + id + "/tasks/2/status", EDITOR,
                    "{\"status\":\"DONE\",\"completedOn\":\"2024-03-01\"}"));
            assertEquals("DONE", done.path("status").asText());
            assertEquals("2024-03-01", done.path("completedOn").asText());
            assertFalse(done.path("late").asBoolean());
            assertEquals("progress leaves the plan's version alone", etag,
                    get("plans/" + id, VIEWER).headers().firstValue("ETag").orElseThrow());
        } finally {
            send("PUT", "plans/" + id + "/tasks/2/status", EDITOR, "{\"status\":\"NOT_STARTED\"}");
        }
        assertProblem(get("plans/no-such-plan/tasks", VIEWER), 404, "urn:thidua:problem:not-found", null);
    }

    @Test
    public void rulePacksAsInstalledAndInForce() throws Exception {
        JsonNode packs = json(get("rule-packs", VIEWER));
        List<String> ids = new ArrayList<>();
        packs.forEach(p -> ids.add(p.path("id").asText()));
        assertEquals(List.of("bac-giang@2018.1.0", "bac-giang@2024.1.0", "bac-ninh@2025.7.0", "bac-ninh.peoples-committee@2025.7.0",
                "gia-lai@2023.1.0", "gia-lai@2025.7.0", "hung-yen@2024.1.0", "hung-yen@2025.7.0"), ids);
        for (String id : ids) {
            JsonNode detail = json(get("rule-packs/" + id, VIEWER));
            assertEquals(id, detail.path("pack").path("id").asText());
            assertEquals(registry.pack(id).orElseThrow().rules().size(), detail.path("rules").size());
            assertTrue(id, detail.path("rules").size() > 0);
        }
        assertEquals("Bắc Giang", packs.get(0).path("provinceName").asText());
        assertEquals("bac-giang@2018.1.0", json(get("rule-packs/in-force?province=bac-giang&date=2020-05-01", VIEWER))
                .path("pack").path("id").asText());
        assertEquals("bac-giang@2024.1.0", json(get("rule-packs/in-force?province=bac-giang&date=2024-05-01", VIEWER))
                .path("pack").path("id").asText());
        String today = registry.inForce("gia-lai", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))).orElseThrow().info().id();
        assertEquals(today, json(get("rule-packs/in-force?province=gia-lai", VIEWER)).path("pack").path("id").asText());
        assertProblem(get("rule-packs/in-force?province=bac-giang&date=2010-01-01", VIEWER), 404,
                "urn:thidua:problem:no-rule-pack", "date");
        assertProblem(get("rule-packs/in-force?province=quang-ninh&date=2026-01-01", VIEWER), 404,
                "urn:thidua:problem:no-rule-pack", "province");
        assertProblem(get("rule-packs/no-such-pack", VIEWER), 404, "urn:thidua:problem:not-found", null);
        assertEquals("bac-ninh.peoples-committee@2025.7.0", json(get(
                "rule-packs/in-force?province=bac-ninh&date=2026-09-01&issuer=PEOPLES_COMMITTEE&kind=CAMPAIGN", VIEWER))
                .path("pack").path("id").asText());
        assertProblem(get("rule-packs/in-force?province=bac-ninh&kind=SPRINT", VIEWER), 400, "urn:thidua:problem:invalid-value", "kind");
    }

    /**
     * Next year's pack of the Bắc Ninh People's Committee, checked over HTTP on the booted distribution, is compared with the
     * People's Committee's pack in force, not with the board's pack of the same province: only its version and period change.
     */
    @Test
    public void aPeoplesCommitteesNextPackIsComparedWithThePeoplesCommitteesPackInForce() throws Exception {
        String shipped;
        try (InputStream in = bundle("vn.thidua.rules.bac-ninh").getEntry("rulepacks/bac-ninh-ubnd-2025-07.yaml").openStream()) {
            shipped = new String(in.readAllBytes(), UTF_8);
        }
        String next = shipped.replace("version: 2025.7.0", "version: 2027.0.0").replace("validFrom: 2025-07-01", "validFrom: 2027-01-01");
        assertTrue("the shipped descriptor names its version and period", next.contains("version: 2027.0.0") && next.contains("validFrom: 2027-01-01"));

        HttpResponse<String> answer = call(request("rule-packs/check", admin()).header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(next, UTF_8)));

        assertEquals(answer.body(), 200, answer.statusCode());
        JsonNode report = json(answer);
        assertEquals("bac-ninh.peoples-committee@2027.0.0", report.at("/pack/id").asText());
        assertEquals("bac-ninh.peoples-committee@2025.7.0", report.path("inForce").asText());
        List<String> changes = new ArrayList<>();
        report.path("changes").forEach(c -> changes.add(c.path("item").asText() + ": " + c.path("before").asText()
                + " -> " + c.path("after").asText()));
        assertEquals(List.of("version: 2025.7.0 -> 2027.0.0", "validFrom: 2025-07-01 -> 2027-01-01"), changes);
        assertTrue("a check installs nothing", registry.pack("bac-ninh.peoples-committee@2027.0.0").isEmpty());
    }

    /**
     * The administrator installs next year's Gia Lai pack over HTTP ({@code thidua:pack-new}'s descriptor), sees it in force from
     * its first day, lists it and removes it: the version before is in force again. Only an admin may; a refused pack, a path
     * in the name, a wrong name, a wrong type and an oversized body change neither the folder nor the registry.
     */
    @Test
    public void rulePackFilesAreInstalledListedAndRolledBackByAnAdminOnly() throws Exception {
        String yaml = checker.scaffold("gia-lai", 2027).orElseThrow();
        String name = "gia-lai-2027.0.0.yaml";
        Path folder = Path.of(System.getProperty("karaf.base"), "rulepacks");
        Path target = folder.resolve(name);
        List<String> packsBefore = registry.packs().stream().map(p -> p.id() + " " + p.state()).toList();
        String before = registry.inForce("gia-lai", LocalDate.of(2027, 1, 1)).orElseThrow().info().id();
        assertEquals("gia-lai@2025.7.0", before);
        try {
            assertEquals(403, put("rule-packs/files/" + name, EDITOR, "application/yaml", yaml).statusCode());
            assertEquals(403, get("rule-packs/files", VIEWER).statusCode());
            assertEquals(403, call(request("rule-packs/files/" + name, EDITOR).DELETE()).statusCode());
            assertEquals(401, put("rule-packs/files/" + name, null, "application/yaml", yaml).statusCode());

            // A path in the name: refused before anything is read (by the API, or by Jetty for an encoded '/').
            for (String unsafe : List.of("..%2F..%2Fetc%2Fgia-lai-2027.0.0.yaml", "..%2Fgia-lai-2027.0.0.yaml", ".gia-lai-2027.0.0.yaml",
                    "gia-lai-2027.0.0.txt", "..%5Cgia-lai-2027.0.0.yaml")) {
                HttpResponse<String> refused = put("rule-packs/files/" + unsafe, admin(), "application/yaml", yaml);
                assertEquals(unsafe + ": " + refused.body(), 400, refused.statusCode());
                assertEquals(refused.body(), "application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
            }
            assertProblem(put("rule-packs/files/.gia-lai-2027.0.0.yaml", admin(), "application/yaml", yaml), 400,
                    "urn:thidua:problem:invalid-value", "name");
            assertFalse(Files.exists(Path.of(System.getProperty("karaf.base"), "etc", name)));
            assertFalse(Files.exists(Path.of(System.getProperty("karaf.base"), name)));
            JsonNode mismatch = assertProblem(put("rule-packs/files/gia-lai-2028.0.0.yaml", admin(), "application/yaml", yaml), 400,
                    "urn:thidua:problem:invalid-value", "name");
            assertTrue(mismatch.toString(), mismatch.path("detail").asText().contains(name));
            assertProblem(put("rule-packs/files/" + name, admin(), "application/octet-stream", yaml), 415, "about:blank", "Content-Type");
            assertProblem(call(request("rule-packs/files/" + name, admin())
                    .PUT(HttpRequest.BodyPublishers.ofString(yaml, UTF_8))), 415, "about:blank", "Content-Type");
            // Just over the limit and chunked, so the server has read nearly all of it when it answers (a body refused by its
            // Content-Length alone is answered before it is read, and the client may see its connection reset instead).
            byte[] huge = java.util.Arrays.copyOf((yaml + "# chú thích cho quá giới hạn\n".repeat(40_000)).getBytes(UTF_8), 1_048_576 + 100);
            assertProblem(call(request("rule-packs/files/" + name, admin()).header("Content-Type", "application/yaml")
                    .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))), 413,
                    "urn:thidua:problem:body-too-large", null);
            String broken = yaml.replaceFirst("(?m)^(\\s+validFrom:\\s*).*$", "$12027-13-01");
            JsonNode refused = assertProblem(put("rule-packs/files/" + name, admin(), "application/yaml", broken), 422,
                    "urn:thidua:problem:pack-refused", "/pack/validFrom");
            assertTrue(refused.toString(), refused.path("problems").size() > 0);
            assertFalse(Files.exists(target));
            assertEquals(packsBefore, registry.packs().stream().map(p -> p.id() + " " + p.state()).toList());

            HttpResponse<String> created = put("rule-packs/files/" + name, admin(), "application/yaml; charset=utf-8", yaml);
            assertEquals(created.body(), 201, created.statusCode());
            JsonNode installed = json(created);
            assertEquals("CREATED", installed.path("outcome").asText());
            assertEquals("gia-lai@2027.0.0", installed.path("inForce").asText());
            assertEquals("2027-01-01", installed.path("inForceOn").asText());
            assertEquals("gia-lai@2025.7.0", installed.path("check").path("inForce").asText());
            assertEquals(yaml, Files.readString(target, UTF_8)); // Vietnamese byte for byte
            assertEquals("gia-lai@2027.0.0", json(get("rule-packs/in-force?province=gia-lai&date=2027-01-01", VIEWER)).at("/pack/id").asText());
            JsonNode files = json(get("rule-packs/files", admin()));
            assertEquals(1_048_576, files.path("maxPackBytes").asLong());
            assertEquals(List.of(name), files.path("items").findValuesAsText("name"));
            assertEquals("gia-lai@2027.0.0", files.at("/items/0/loaded/id").asText());
            assertEquals(200, put("rule-packs/files/" + name, admin(), "application/yaml", yaml).statusCode());

            HttpResponse<String> removed = call(request("rule-packs/files/" + name, admin()).DELETE());
            assertEquals(removed.body(), 200, removed.statusCode());
            assertEquals("gia-lai@2025.7.0", json(removed).path("inForce").asText());
            assertEquals("gia-lai@2027.0.0", json(removed).at("/removed/loaded/id").asText());
            assertFalse(Files.exists(target));
            assertEquals(before, json(get("rule-packs/in-force?province=gia-lai&date=2027-01-01", VIEWER)).at("/pack/id").asText());
            assertProblem(call(request("rule-packs/files/" + name, admin()).DELETE()), 404, "urn:thidua:problem:not-found", "name");
            assertEquals(packsBefore, registry.packs().stream().map(p -> p.id() + " " + p.state()).toList());
        } finally {
            Files.deleteIfExists(target);
        }
    }

    private HttpResponse<String> put(String path, String authorization, String type, String body) throws IOException, InterruptedException {
        return call(request(path, authorization).header("Content-Type", type).PUT(HttpRequest.BodyPublishers.ofString(body, UTF_8)));
    }

    @Test
    public void healthOpenApiAndTheApiPage() throws Exception {
        HttpResponse<String> anonymous = get("health", null);
        assertEquals(200, anonymous.statusCode());
        assertEquals("an anonymous caller learns up or down, nothing more", "{\"status\":\"UP\"}", anonymous.body());
        HttpResponse<String> health = get("health", VIEWER);
        assertEquals(200, health.statusCode());
        JsonNode status = json(health);
        assertEquals("UP", status.path("status").asText());
        assertTrue(status.toString(), status.path("database").path("product").asText().startsWith("H2 "));
        assertEquals(repository.info().schemaVersion(), status.path("database").path("schemaVersion").asText());
        assertEquals(List.of("bac-giang", "bac-ninh", "gia-lai", "hung-yen"), status.path("packsInForce").findValuesAsText("province"));
        assertFalse("the health check shows no JDBC URL", health.body().contains("jdbc:"));

        JsonNode openApi = json(get("openapi.json", VIEWER));
        assertTrue(openApi.path("openapi").asText().startsWith("3."));
        List<String> paths = new ArrayList<>();
        openApi.path("paths").fieldNames().forEachRemaining(paths::add);
        assertTrue(paths.toString(), paths.containsAll(List.of("/plans", "/plans/drafts", "/plans/validation", "/plans/{id}",
                "/plans/{id}/history", "/plans/{id}/history/{version}", "/plans/{id}/restore", "/plans/{id}/validation",
                "/plans/{id}/document", "/plans/{id}/tasks", "/plans/{id}/tasks/{number}/status", "/tasks", "/rule-packs",
                "/rule-packs/{id}", "/rule-packs/in-force", "/rule-packs/files", "/rule-packs/files/{name}", "/health", "/tokens")));
        assertEquals(401, get("openapi.json", null).statusCode());

        HttpResponse<String> page = get("docs", VIEWER);
        assertEquals(303, page.statusCode());
        assertEquals(base + "docs/index.html", page.headers().firstValue("Location").orElse(""));
        HttpResponse<String> index = get("docs/index.html", VIEWER);
        assertEquals(200, index.statusCode());
        assertTrue(index.body(), index.body().contains("swagger-ui-bundle.js") && index.body().contains("docs.js"));
        // No inline script: the page's policy allows this server's script files only.
        assertFalse(index.body(), index.body().contains("<script>"));
        String policy = index.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy, policy.contains("script-src 'self';") && policy.contains("frame-ancestors 'none'"));
        HttpResponse<String> script = get("docs/docs.js", VIEWER);
        assertEquals(200, script.statusCode());
        assertTrue(script.body().contains("SwaggerUIBundle") && script.body().contains("../openapi.json"));
    }

    @Test
    public void aPlanIsCreatedReplacedDeletedAndRestoredWithETags() throws Exception {
        Plan plan = example(GIA_LAI);
        HttpResponse<String> created = send("POST", "plans", EDITOR, codec.write(plan));
        assertEquals(created.body(), 201, created.statusCode());
        String id = json(created).path("id").asText();
        assertEquals(base + "plans/" + id, created.headers().firstValue("Location").orElse(""));
        assertEquals("\"1\"", created.headers().firstValue("ETag").orElse(""));
        assertEquals("it-editor", json(created).path("createdBy").asText());
        assertEquals(plan, codec.read(json(get("plans/" + id, VIEWER)).path("plan").toString()));

        Plan edited = PlanBuilder.builder(plan).closing(List.of("Sửa đổi: thêm hạn báo cáo quý")).build();
        HttpResponse<String> replaced = call(request("plans/" + id, EDITOR).header("Content-Type", "application/json")
                .header("If-Match", "\"1\"").PUT(HttpRequest.BodyPublishers.ofString(codec.write(edited), UTF_8)));
        assertEquals(replaced.body(), 200, replaced.statusCode());
        assertEquals("\"2\"", replaced.headers().firstValue("ETag").orElse(""));
        assertEquals(edited, codec.read(json(get("plans/" + id, VIEWER)).path("plan").toString()));

        HttpResponse<String> deleted = call(request("plans/" + id, EDITOR).header("If-Match", "\"2\"").DELETE());
        assertEquals(deleted.body(), 200, deleted.statusCode());
        assertFalse(json(deleted).path("deletedAt").isMissingNode());
        assertFalse(json(get("plans?province=gia-lai&limit=500", VIEWER)).findValuesAsText("id").contains(id));
        assertTrue(json(get("plans?deleted=true&limit=500", VIEWER)).findValuesAsText("id").contains(id));
        assertProblem(call(request("plans/" + id, EDITOR).header("Content-Type", "application/json").header("If-Match", "\"3\"")
                .PUT(HttpRequest.BodyPublishers.ofString(codec.write(plan), UTF_8))), 409, "urn:thidua:problem:plan-deleted", null);

        HttpResponse<String> restored = send("POST", "plans/" + id + "/restore", EDITOR, "");
        assertEquals(restored.body(), 200, restored.statusCode());
        assertEquals("\"4\"", restored.headers().firstValue("ETag").orElse(""));
        assertProblem(send("POST", "plans/" + id + "/restore", EDITOR, ""), 409, "urn:thidua:problem:not-deleted", null);

        JsonNode history = json(get("plans/" + id + "/history", VIEWER));
        assertEquals(List.of("CREATED", "REPLACED", "DELETED", "RESTORED"), history.findValuesAsText("action"));
        assertEquals(List.of("it-editor", "it-editor", "it-editor", "it-editor"), history.findValuesAsText("by"));
        assertEquals(plan, codec.read(json(get("plans/" + id + "/history/1", VIEWER)).path("plan").toString()));
        assertEquals(edited, codec.read(json(get("plans/" + id + "/history/2", VIEWER)).path("plan").toString()));
    }

    /** The seeds by the kind of their issuing body: every seed is a board's plan; an unknown kind is named. */
    @Test
    public void plansAreListedByIssuerKind() throws Exception {
        assertEquals(List.of("bac-giang/2024", "bac-giang/2020", "bac-giang/2018"), listed("plans?province=bac-giang&issuer=BOARD"));
        assertEquals(List.of("bac-giang/2024", "bac-giang/2020", "bac-giang/2018"),
                listed("plans?province=bac-ninh&lineage=true&issuer=board"));
        assertEquals(List.of(), listed("plans?province=bac-giang&issuer=PEOPLES_COMMITTEE"));
        assertEquals(0, json(get("plans?issuer=BLOC&year=2018", VIEWER)).path("total").asInt());
        JsonNode bad = assertProblem(get("plans?issuer=MINISTRY", VIEWER), 400, "urn:thidua:problem:invalid-value", "issuer");
        assertTrue(bad.toString(), bad.path("detail").asText().contains("BOARD, PEOPLES_COMMITTEE, DEPARTMENT, BLOC"));
    }

    /**
     * Gia Lai's 2023 plan into a 2027 draft: stored as a new DRAFT of the pack in force for 2027 (the successor
     * province's gia-lai@2025.7.0), its dates in 2027, its number blank, its tasks not started, with that
     * pack's findings in the answer; the seed itself unchanged. Bad input is a problem naming the field and
     * stores nothing; Bắc Giang's plans cannot be copied past 1/7/2025 and the answer names Bắc Ninh.
     */
    @Test
    public void aSeedPlanIsCopiedIntoA2027DraftAndBadCopiesStoreNothing() throws Exception {
        String seed = seeds.get(GIA_LAI);
        String seedBefore = get("plans/" + seed, VIEWER).body();
        String before = storeState();
        for (String bad : new String[] {"{\"year\":1066}", "{\"year\":2023}", "{\"year\":\"2027\"}", "{}"}) {
            assertProblem(send("POST", "plans/" + seed + "/copies", EDITOR, bad), 400, "urn:thidua:problem:invalid-value", "/year");
        }
        assertProblem(send("POST", "plans/" + seed + "/copies", EDITOR, "[2027]"), 400, "urn:thidua:problem:invalid-value", "");
        assertProblem(send("POST", "plans/no-such-plan/copies", EDITOR, "{\"year\":2027}"), 404, "urn:thidua:problem:not-found", null);
        assertEquals(403, send("POST", "plans/" + seed + "/copies", VIEWER, "{\"year\":2027}").statusCode());
        JsonNode dissolved = assertProblem(send("POST", "plans/" + seeds.get("001_b902e8c9f1ecfedd") + "/copies", EDITOR,
                "{\"year\":2027}"), 409, "urn:thidua:problem:dissolved-province", "/year");
        assertEquals("bac-ninh", dissolved.path("successor").asText());
        assertEquals("nothing stored", before, storeState());

        HttpResponse<String> copied = send("POST", "plans/" + seed + "/copies", EDITOR, "{\"year\":2027}");
        assertEquals(copied.body(), 201, copied.statusCode());
        JsonNode answer = json(copied);
        String id = answer.path("plan").path("id").asText();
        assertEquals(seed, answer.path("copiedFrom").asText());
        assertEquals("\"1\"", copied.headers().firstValue("ETag").orElseThrow());
        assertTrue(copied.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/plans/" + id));
        assertEquals("DRAFT", answer.path("plan").path("status").asText());
        assertEquals("gia-lai@2025.7.0", answer.path("plan").path("rulePackId").asText());
        assertEquals("gia-lai@2025.7.0", answer.path("validation").path("pack").path("id").asText());
        assertTrue(answer.path("validation").has("findings"));
        Plan copy = codec.read(answer.path("plan").path("plan").toString());
        Plan original = example(GIA_LAI);
        assertEquals(2027, copy.year());
        assertTrue(copy.summary(), copy.summary().endsWith("năm 2027"));
        assertTrue(copy.number() == null || copy.number().isDraft());
        assertEquals(original.tasks().size(), copy.tasks().size());
        assertEquals(original.legalBases(), copy.legalBases());
        JsonNode tasks = json(get("plans/" + id + "/tasks", VIEWER));
        for (JsonNode task : tasks.isArray() ? tasks : tasks.path("items")) {
            assertEquals(task.toString(), "NOT_STARTED", task.path("status").asText());
        }
        assertEquals(seedBefore, get("plans/" + seed, VIEWER).body());
        // What the store says of it is what the answer said.
        assertEquals(answer.path("validation").path("errors").asInt(),
                json(get("plans/" + id + "/validation", VIEWER)).path("errors").asInt());

        // A deleted plan is restored before it is copied.
        assertEquals(200, call(request("plans/" + id, EDITOR).header("If-Match", "\"1\"").DELETE()).statusCode());
        String afterDelete = storeState();
        assertProblem(send("POST", "plans/" + id + "/copies", EDITOR, "{\"year\":2028}"), 409, "urn:thidua:problem:plan-deleted", "id");
        assertEquals("nothing stored", afterDelete, storeState());
    }

    @Test
    public void aDraftFromThePackInForceValidatesAndMayThenBeValidated() throws Exception {
        HttpResponse<String> drafted = send("POST", "plans/drafts", EDITOR, "{\"province\":\"gia-lai\",\"year\":2027}");
        assertEquals(drafted.body(), 201, drafted.statusCode());
        JsonNode draft = json(drafted);
        assertEquals("DRAFT", draft.path("status").asText());
        assertEquals("gia-lai@2025.7.0", draft.path("rulePackId").asText());
        Plan plan = codec.read(draft.path("plan").toString());
        assertEquals(2027, plan.year());
        assertEquals("rulepack:gia-lai@2025.7.0", plan.source());
        String id = draft.path("id").asText();
        assertTrue(json(get("plans/" + id + "/validation", VIEWER)).path("valid").asBoolean());

        HttpResponse<String> validated = call(request("plans/" + id + "?status=VALIDATED", EDITOR)
                .header("Content-Type", "application/json").header("If-Match", "\"1\"")
                .PUT(HttpRequest.BodyPublishers.ofString(codec.write(plan), UTF_8)));
        assertEquals(validated.body(), 200, validated.statusCode());
        assertEquals("VALIDATED", json(validated).path("status").asText());
        assertEquals("gia-lai@2025.7.0", json(validated).path("rulePackId").asText());

        // Not valid: refused with the errors, and the stored plan keeps its version and status.
        JsonNode refused = refused(() -> call(request("plans/" + id, EDITOR).header("Content-Type", "application/json")
                .header("If-Match", "\"2\"").PUT(HttpRequest.BodyPublishers.ofString(invalidGiaLai(), UTF_8))),
                409, "urn:thidua:problem:plan-not-valid", "/number/symbol");
        assertEquals("the invalid plan is of 2023: the former province's pack", "gia-lai@2023.1.0", refused.path("rulePack").asText());
        assertTrue(refused.path("findings").size() >= 1);
    }

    /**
     * Drafts of the provinces as they are since 1/7/2025, by issuer and kind: a client that sends only
     * province and year gets the board's yearly plan of the successor pack; the People's Committee's
     * campaign is asked for by issuer and kind; a wrong issuer or kind names its field.
     */
    @Test
    public void draftsOfTheSuccessorProvincesByIssuerAndKind() throws Exception {
        for (String province : List.of("bac-ninh", "gia-lai", "hung-yen")) {
            for (int year : new int[] {2026, 2027}) {
                HttpResponse<String> drafted = send("POST", "plans/drafts", EDITOR,
                        "{\"province\":\"" + province + "\",\"year\":" + year + "}");
                assertEquals(drafted.body(), 201, drafted.statusCode());
                JsonNode draft = json(drafted);
                assertEquals(province + "@2025.7.0", draft.path("rulePackId").asText());
                Plan plan = codec.read(draft.path("plan").toString());
                assertEquals(PlanKind.YEARLY, plan.kind());
                assertTrue(plan.legalBases().stream().anyMatch(b -> "152/2025/NĐ-CP".equals(b.number())));
                assertTrue(plan.legalBases().stream().noneMatch(b -> "98/2023/NĐ-CP".equals(b.number())));
                JsonNode validation = json(get("plans/" + draft.path("id").asText() + "/validation", VIEWER));
                assertEquals(validation.toString(), 0, validation.path("findings").size());
            }
        }
        HttpResponse<String> campaign = send("POST", "plans/drafts", EDITOR,
                "{\"province\":\"bac-ninh\",\"year\":2026,\"issuer\":\"PEOPLES_COMMITTEE\",\"kind\":\"CAMPAIGN\"}");
        assertEquals(campaign.body(), 201, campaign.statusCode());
        assertEquals("bac-ninh.peoples-committee@2025.7.0", json(campaign).path("rulePackId").asText());
        Plan plan = codec.read(json(campaign).path("plan").toString());
        assertEquals(PlanKind.CAMPAIGN, plan.kind());
        assertEquals("ỦY BAN NHÂN DÂN TỈNH BẮC NINH", plan.issuer().agency());
        assertTrue(json(get("plans/" + json(campaign).path("id").asText() + "/validation", VIEWER)).path("valid").asBoolean());
        String drafts = "plans/drafts";
        refused(() -> send("POST", drafts, EDITOR, "{\"province\":\"bac-ninh\",\"year\":2027,\"issuer\":\"MINISTRY\"}"), 400,
                "urn:thidua:problem:invalid-value", "/issuer");
        refused(() -> send("POST", drafts, EDITOR, "{\"province\":\"bac-ninh\",\"year\":2027,\"issuer\":\"DEPARTMENT\"}"), 409,
                "urn:thidua:problem:no-rule-pack", "/issuer");
        refused(() -> send("POST", drafts, EDITOR, "{\"province\":\"gia-lai\",\"year\":2027,\"kind\":\"CAMPAIGN\"}"), 409,
                "urn:thidua:problem:no-rule-pack", "/kind");
    }

    @Test
    public void eachRoleAndEachCredential() throws Exception {
        String viewerToken = "Bearer " + PORTAL_TOKEN;
        String editorToken = "Bearer " + SYSTEM_TOKEN;
        Map<String, String> writers = new LinkedHashMap<>();
        writers.put(EDITOR, "it-editor");
        writers.put(admin(), "admin");
        writers.put(editorToken, "token:it-system");
        for (String reader : List.of(VIEWER, EDITOR, admin(), viewerToken, editorToken)) {
            assertEquals(200, get("plans", reader).statusCode());
            assertEquals(200, get("plans/" + seeds.get(GIA_LAI) + "/document?format=md", reader).statusCode());
            assertEquals(reader.equals(admin()) ? 200 : 403, get("tokens", reader).statusCode());
        }
        for (String reader : List.of(VIEWER, viewerToken)) {
            refused(() -> send("POST", "plans/drafts", reader, "{\"province\":\"gia-lai\",\"year\":2026}"), 403, "about:blank", null);
            refused(() -> send("PUT", "plans/" + seeds.get(GIA_LAI) + "/tasks/1/status", reader, "{\"status\":\"IN_PROGRESS\"}"),
                    403, "about:blank", null);
        }
        for (Map.Entry<String, String> writer : writers.entrySet()) {
            HttpResponse<String> drafted = send("POST", "plans/drafts", writer.getKey(), "{\"province\":\"gia-lai\",\"year\":2026}");
            assertEquals(drafted.body(), 201, drafted.statusCode());
            assertEquals("the author is the caller", writer.getValue(), json(drafted).path("createdBy").asText());
        }
        JsonNode tokens = json(get("tokens", admin()));
        assertEquals("[{\"name\":\"it-portal\",\"roles\":[\"viewer\"]},{\"name\":\"it-system\",\"roles\":[\"editor\",\"viewer\"]}]",
                tokens.toString());

        for (String wrong : List.of(basic("it-editor", "wrong"), basic("nobody", "editor-Passw0rd"), basic("admin", ""),
                "Bearer not-a-token", "Digest username=\"admin\"", "Basic !!!")) {
            JsonNode refused = refused(() -> send("POST", "plans/drafts", wrong, "{\"province\":\"gia-lai\",\"year\":2026}"),
                    401, "about:blank", "Authorization");
            assertTrue(refused.toString(), refused.path("detail").asText().length() > 10);
        }
        HttpResponse<String> anonymous = get("plans", null);
        assertProblem(anonymous, 401, "about:blank", "Authorization");
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm=\"thidua\""));
        assertEquals(401, get("rule-packs", null).statusCode());
        assertEquals(401, get("docs/index.html", null).statusCode());
    }

    /** Every error status the API gives, each a problem naming what is at fault, each leaving the store as it was. */
    @Test
    public void everyErrorStatusIsAProblemAndStoresNothing() throws Exception {
        String id = seeds.get(GIA_LAI);
        String plan = codec.write(example(GIA_LAI));
        String drafts = "plans/drafts";
        // 400: malformed JSON (where it broke), then invalid values (the field, the parameter, the header)
        refused(() -> send("POST", drafts, EDITOR, "{\"province\":\"gia-lai\",\"year\":"), 400, "urn:thidua:problem:malformed-json",
                "/year");
        refused(() -> send("POST", "plans", EDITOR, "{\"province\": "), 400, "urn:thidua:problem:malformed-json", "/province");
        refused(() -> send("POST", "plans", EDITOR, plan.replace("\"code\": \"gia-lai\"", "\"code\": \"Gia Lai\"")), 400,
                "urn:thidua:problem:invalid-plan", "/province/code");
        // A plan's year and a draft's say what a whole number is in the same words.
        JsonNode planYear = refused(() -> send("POST", "plans", EDITOR, plan.replaceFirst("\"year\": \\d+", "\"year\": \"2025.5\"")),
                400, "urn:thidua:problem:invalid-plan", "/year");
        JsonNode draftYear = refused(() -> send("POST", drafts, EDITOR, "{\"province\":\"gia-lai\",\"year\":\"2025.5\"}"), 400,
                "urn:thidua:problem:invalid-value", "/year");
        assertEquals("/year: must be a whole number, was '2025.5'", planYear.path("detail").asText());
        assertEquals(draftYear.path("detail").asText(), planYear.path("detail").asText());
        refused(() -> send("POST", drafts, EDITOR, "{\"province\":\"gia-lai\",\"year\":2026.5}"), 400,
                "urn:thidua:problem:invalid-value", "/year");
        refused(() -> send("POST", drafts, EDITOR, "{\"province\":\"gia-lai\",\"year\":1800}"), 400,
                "urn:thidua:problem:invalid-value", "/year");
        refused(() -> send("POST", drafts, EDITOR, "{\"province\":\"Gia Lai\",\"year\":2026}"), 400,
                "urn:thidua:problem:invalid-value", "/province");
        refused(() -> send("POST", drafts, EDITOR, "{\"province\":\"gia-lai\",\"year\":2026,\"by\":\"me\"}"), 400,
                "urn:thidua:problem:invalid-value", "/by");
        refused(() -> send("PUT", "plans/" + id + "/tasks/1/status", EDITOR, "{\"status\":\"FINISHED\"}"), 400,
                "urn:thidua:problem:invalid-value", "/status");
        refused(() -> send("PUT", "plans/" + id + "/tasks/1/status", EDITOR, "{\"status\":\"DONE\"}"), 400,
                "urn:thidua:problem:invalid-value", "/completedOn");
        refused(() -> send("PUT", "plans/" + id + "/tasks/1/status", EDITOR, "{\"status\":\"DONE\",\"completedOn\":\"2999-01-01\"}"),
                400, "urn:thidua:problem:invalid-value", "/completedOn");
        refused(() -> put(id, "1", plan), 400, "urn:thidua:problem:invalid-value", "If-Match");
        refused(() -> get("plans?limit=0", VIEWER), 400, "urn:thidua:problem:invalid-value", "limit");
        refused(() -> get("plans?year=next", VIEWER), 400, "urn:thidua:problem:invalid-value", "year");
        refused(() -> get("tasks?dueBefore=2024-02-30", VIEWER), 400, "urn:thidua:problem:invalid-value", "dueBefore");
        // 401, 403
        refused(() -> send("POST", drafts, null, "{\"province\":\"gia-lai\",\"year\":2026}"), 401, "about:blank", "Authorization");
        refused(() -> send("POST", drafts, basic("it-editor", "wrong"), "{\"province\":\"gia-lai\",\"year\":2026}"), 401,
                "about:blank", "Authorization");
        refused(() -> send("POST", "plans", VIEWER, plan), 403, "about:blank", null);
        // 404, 405, 406
        refused(() -> get("plans/no-such-plan", VIEWER), 404, "urn:thidua:problem:not-found", null);
        refused(() -> put("no-such-plan", "\"1\"", plan), 404, "urn:thidua:problem:not-found", null);
        refused(() -> send("PUT", "plans/" + id + "/tasks/99/status", EDITOR, "{\"status\":\"IN_PROGRESS\"}"), 404,
                "urn:thidua:problem:not-found", null);
        refused(() -> get("no-such-thing", VIEWER), 404, "about:blank", null);
        AtomicReference<HttpResponse<String>> patch = new AtomicReference<>();
        refused(() -> {
            patch.set(call(request("plans/" + id, EDITOR).method("PATCH", HttpRequest.BodyPublishers.noBody())));
            return patch.get();
        }, 405, "about:blank", null);
        assertEquals("DELETE,GET,OPTIONS,PUT", patch.get().headers().firstValue("Allow").orElse(""));
        refused(() -> call(request("plans", VIEWER).header("Accept", "text/xml").GET()), 406, "about:blank", null);
        // 409: not valid for the status asked, no pack in force (the province, or the year), nothing to restore
        refused(() -> send("POST", "plans?status=ISSUED", EDITOR, invalidGiaLai()), 409, "urn:thidua:problem:plan-not-valid",
                "/number/symbol");
        refused(() -> send("POST", drafts, EDITOR, "{\"province\":\"quang-ninh\",\"year\":2026}"), 409,
                "urn:thidua:problem:no-rule-pack", "/province");
        refused(() -> send("POST", drafts, EDITOR, "{\"province\":\"gia-lai\",\"year\":2022}"), 409,
                "urn:thidua:problem:no-rule-pack", "/year");
        refused(() -> send("POST", "plans/validation", VIEWER, plan.replace("\"code\": \"gia-lai\"", "\"code\": \"quang-ninh\"")),
                409, "urn:thidua:problem:no-rule-pack", "/province/code");
        refused(() -> send("POST", "plans/" + id + "/restore", EDITOR, ""), 409, "urn:thidua:problem:not-deleted", null);
        // 412, 428
        JsonNode stale = refused(() -> put(id, "\"99\"", plan), 412, "urn:thidua:problem:stale-version", "If-Match");
        assertEquals(1, stale.path("currentVersion").asLong());
        refused(() -> call(request("plans/" + id, EDITOR).header("If-Match", "\"99\"").DELETE()), 412,
                "urn:thidua:problem:stale-version", "If-Match");
        refused(() -> put(id, "W/\"1\"", plan), 412, "urn:thidua:problem:stale-version", "If-Match");
        refused(() -> put(id, null, plan), 428, "urn:thidua:problem:precondition-required", "If-Match");
        refused(() -> call(request("plans/" + id, EDITOR).DELETE()), 428, "urn:thidua:problem:precondition-required", "If-Match");
        // 413, announced by Content-Length or found while reading a chunked body; 415
        byte[] large = ("{\"closing\": [\"" + "x".repeat(1_048_576) + "\"]}").getBytes(UTF_8);
        String before = storeState();
        JsonNode announced = JSON.readTree(RawExchange.bodyBegun(base, "POST", "plans", EDITOR, "application/json",
                large.length).assertProblem(413, "urn:thidua:problem:body-too-large"));
        assertEquals(1_048_576, announced.path("limit").asLong());
        assertEquals("the refused request changed what is stored", before, storeState());
        refused(() -> call(request("plans/validation", VIEWER).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large)))), 413,
                "urn:thidua:problem:body-too-large", null);
        refused(() -> call(request("plans", EDITOR).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(plan, UTF_8))), 415, "about:blank", null);
    }

    /**
     * An answer given before the body came in (no credentials, a wrong type, too large by its
     * length) says that the connection closes, as it does: a client that reuses its connections
     * then sends its next request on a new one, and every request gets its answer.
     */
    @Test
    public void anAnswerBeforeTheBodyCameInSaysTheConnectionCloses() throws Exception {
        String plan = codec.write(example(GIA_LAI));
        int length = plan.getBytes(UTF_8).length;
        RawExchange anonymous = RawExchange.bodyBegun(base, "POST", "plans", null, "application/json", length);
        anonymous.assertProblem(401, "about:blank");
        assertEquals("close", anonymous.header("connection"));
        RawExchange wrongType = RawExchange.bodyBegun(base, "POST", "plans", EDITOR, "text/plain", length);
        wrongType.assertProblem(415, "about:blank");
        assertEquals("close", wrongType.header("connection"));
        RawExchange tooLarge = RawExchange.bodyBegun(base, "POST", "plans", EDITOR, "application/json", 1_048_577);
        tooLarge.assertProblem(413, "urn:thidua:problem:body-too-large");
        assertEquals("close", tooLarge.header("connection"));

        // One client, connections kept open: each early answer, then a request on the same client, is answered.
        String before = storeState();
        for (int i = 0; i < 40; i++) {
            assertEquals(401, send("POST", "plans", null, plan).statusCode());
            assertEquals(415, call(request("plans", EDITOR).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString(plan, UTF_8))).statusCode());
            assertEquals(403, send("POST", "plans", VIEWER, plan).statusCode());
        }
        assertEquals("the refused requests changed what is stored", before, storeState());
    }

    /** A service that is not running answers 503 on its own endpoints only, and comes back without a restart of the facade. */
    @Test
    public void anEndpointWhoseServiceIsStoppedAnswers503() throws Exception {
        Bundle rest = bundle("vn.thidua.rest");
        long restModified = rest.getLastModified();
        String id = seeds.get(BAC_GIANG_2018);
        // The implementation: the API bundle (vn.thidua.plan.store) registers nothing.
        Bundle store = bundle("vn.thidua.plan.store.jpa");
        store.stop();
        try {
            HttpResponse<String> plans = get("plans", VIEWER);
            JsonNode problem = assertProblem(plans, 503, "urn:thidua:problem:service-unavailable", null);
            assertEquals("plan store", problem.path("service").asText());
            assertEquals("5", plans.headers().firstValue("Retry-After").orElse(""));
            assertProblem(send("POST", "plans/drafts", EDITOR, "{\"province\":\"gia-lai\",\"year\":2026}"), 503,
                    "urn:thidua:problem:service-unavailable", null);
            assertEquals(200, get("rule-packs", VIEWER).statusCode());
            assertEquals(200, send("POST", "plans/validation", VIEWER, codec.write(example(GIA_LAI))).statusCode());
            HttpResponse<String> health = get("health", null);
            assertEquals(503, health.statusCode());
            assertEquals("DOWN", json(health).path("status").asText());
        } finally {
            store.start();
        }
        awaitServices(PlanRepository.class, 1);
        assertEquals(200, get("plans", VIEWER).statusCode());

        Bundle rules = bundle("vn.thidua.rules");
        String before = storeState();
        rules.stop();
        try {
            assertProblem(get("rule-packs", VIEWER), 503, "urn:thidua:problem:service-unavailable", null);
            assertProblem(send("POST", "plans/drafts", EDITOR, "{\"province\":\"gia-lai\",\"year\":2026}"), 503,
                    "urn:thidua:problem:service-unavailable", null);
            assertProblem(get("plans/" + id + "/validation", VIEWER), 503, "urn:thidua:problem:service-unavailable", null);
            assertEquals(200, get("plans/" + id, VIEWER).statusCode());
            // The store's status rules cannot judge without the packs: only drafts are stored meanwhile.
            JsonNode unjudged = assertProblem(send("POST", "plans?status=VALIDATED", EDITOR, codec.write(example(GIA_LAI))),
                    503, "urn:thidua:problem:service-unavailable", null);
            assertEquals("rule packs", unjudged.path("service").asText());
        } finally {
            rules.start();
        }
        awaitServices(RulePackRegistry.class, 1);
        assertEquals("a refused draft stores nothing", before, storeState());
        assertEquals(200, get("rule-packs", VIEWER).statusCode());

        Bundle export = bundle("vn.thidua.export");
        export.stop();
        try {
            assertProblem(get("plans/" + id + "/document?format=pdf", VIEWER), 503, "urn:thidua:problem:service-unavailable", null);
            assertEquals(200, get("plans/" + id, VIEWER).statusCode());
        } finally {
            export.start();
        }
        awaitServices(DocumentExports.class, 1);
        assertEquals(200, get("plans/" + id + "/document?format=pdf", VIEWER).statusCode());
        assertEquals("the facade's bundle was not touched", restModified, rest.getLastModified());
        assertEquals(Bundle.ACTIVE, rest.getState());
    }

    /**
     * Two editors replace the same plan with the same ETag at the same moment (a latch releases
     * both requests together), five times: each time exactly one gets 200 and the other 412, and
     * the plan stored is the winner's.
     */
    @Test
    public void twoTrulyConcurrentReplacesWithOneETagMakeOneWinnerAndOne412() throws Exception {
        Plan plan = example(GIA_LAI);
        String id = json(send("POST", "plans", EDITOR, codec.write(plan))).path("id").asText();
        ExecutorService editors = Executors.newFixedThreadPool(2);
        try {
            for (long version = 1; version <= 5; version++) {
                String etag = "\"" + version + "\"";
                CountDownLatch ready = new CountDownLatch(2);
                CountDownLatch go = new CountDownLatch(1);
                Map<String, Future<HttpResponse<String>>> puts = new LinkedHashMap<>();
                for (String editor : List.of("A", "B")) {
                    Plan mine = PlanBuilder.builder(plan).closing(List.of("Bản của biên tập viên " + editor + ", lần " + version)).build();
                    String body = codec.write(mine);
                    puts.put(editor, editors.submit(() -> {
                        HttpRequest.Builder request = request("plans/" + id, EDITOR).header("Content-Type", "application/json")
                                .header("If-Match", etag).PUT(HttpRequest.BodyPublishers.ofString(body, UTF_8));
                        ready.countDown();
                        go.await();
                        return call(request);
                    }));
                }
                ready.await();
                go.countDown();
                List<String> winners = new ArrayList<>();
                for (Map.Entry<String, Future<HttpResponse<String>>> put : puts.entrySet()) {
                    HttpResponse<String> response = put.getValue().get();
                    if (response.statusCode() == 200) {
                        winners.add(put.getKey());
                    } else {
                        JsonNode problem = assertProblem(response, 412, "urn:thidua:problem:stale-version", "If-Match");
                        assertEquals(version + 1, problem.path("currentVersion").asLong());
                    }
                }
                assertEquals("one winner of round " + version, 1, winners.size());
                JsonNode stored = json(get("plans/" + id, VIEWER));
                assertEquals(version + 1, stored.path("version").asLong());
                assertEquals(List.of("Bản của biên tập viên " + winners.get(0) + ", lần " + version),
                        codec.read(stored.path("plan").toString()).closing());
            }
        } finally {
            editors.shutdownNow();
        }
        assertEquals(6, json(get("plans/" + id + "/history", VIEWER)).size());
    }

    /**
     * The status rules live in the store, so every entry point keeps them alike: the same invalid
     * plan asked ISSUED of the REST API and of {@code thidua:plan-import} is refused by both, naming
     * the same rules at the same places, and nothing is stored.
     */
    @Test
    public void anInvalidPlanAskedIssuedIsRefusedByRestAndShellWithTheSameFindings() throws Exception {
        String before = storeState();
        JsonNode problem = assertProblem(send("POST", "plans?status=ISSUED", EDITOR, invalidGiaLai()), 409,
                "urn:thidua:problem:plan-not-valid", "/number/symbol");
        List<String> byRest = new ArrayList<>();
        for (JsonNode finding : problem.path("findings")) {
            byRest.add(finding.path("ruleId").asText() + " at " + finding.path("pointer").asText());
        }

        Path file = Files.createTempFile("invalid-gia-lai", ".json");
        Files.writeString(file, invalidGiaLai(), UTF_8);
        String refusal = null;
        try {
            execute("thidua:plan-import -s issued " + file);
        } catch (Exception e) {
            refusal = e.getMessage();
        } finally {
            Files.delete(file);
        }
        assertTrue("thidua:plan-import stored the invalid plan as ISSUED", refusal != null);
        assertTrue(refusal, refusal.startsWith("Not stored: The plan cannot be ISSUED: "));
        List<String> byShell = new ArrayList<>();
        Matcher finding = Pattern.compile("(?m)^  (\\S+ at \\S+): ").matcher(refusal);
        while (finding.find()) {
            byShell.add(finding.group(1));
        }

        assertTrue(byRest.toString(), byRest.contains("number-format at /number/symbol")
                && byRest.contains("issued-needs-number at /number") && byRest.contains("issued-needs-date at /dateLine/date"));
        assertEquals(refusal, byRest, byShell);
        assertEquals("nothing was stored", before, storeState());
    }

    /**
     * Sends a request that must be refused with this problem, and checks that the store holds
     * exactly what it held before (every plan live and deleted with its version, and every task's progress).
     */
    private JsonNode refused(Callable<HttpResponse<String>> request, int status, String type, String field) throws Exception {
        String before = storeState();
        JsonNode problem = assertProblem(request.call(), status, type, field);
        assertEquals("the refused request changed what is stored", before, storeState());
        return problem;
    }

    /** Every plan (live and deleted, with its version and time of change) and every task's progress, as the API lists them. */
    private String storeState() throws Exception {
        return get("plans?limit=500", admin()).body() + get("plans?deleted=true&limit=500", admin()).body()
                + get("tasks?limit=500", admin()).body();
    }

    private HttpResponse<String> put(String id, String ifMatch, String plan) throws Exception {
        HttpRequest.Builder request = request("plans/" + id, EDITOR).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(plan, UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return call(request);
    }

    /** {@code province/year} of each plan the listing returns, in its order. */
    private List<String> listed(String path) throws Exception {
        List<String> plans = new ArrayList<>();
        for (JsonNode plan : json(get(path, VIEWER)).path("items")) {
            plans.add(plan.path("provinceCode").asText() + "/" + plan.path("year").asInt());
        }
        return plans;
    }

    /** The Gia Lai seed with a document symbol its pack refuses: written as "KH" rather than "KH-BQLKKT". */
    private String invalidGiaLai() throws IOException {
        return codec.write(PlanBuilder.builder(example(GIA_LAI)).number(DocumentNumber.of(null, "KH")).build());
    }

    /** A seed plan as the distribution ships it in examples/. */
    private Plan example(String name) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("karaf.base"), "examples", name + ".json"))) {
            return codec.read(in);
        }
    }

    /** The stored plans the store loaded from examples/ at its first start, by file name. */
    private Map<String, String> findSeeds() throws Exception {
        Map<String, String> found = new LinkedHashMap<>();
        for (JsonNode summary : json(get("plans?limit=500", admin())).path("items")) {
            JsonNode stored = json(get("plans/" + summary.path("id").asText(), admin()));
            if (!EXAMPLES.equals(stored.path("createdBy").asText())) {
                continue;
            }
            Plan plan = codec.read(stored.path("plan").toString());
            for (String name : PACKS.keySet()) {
                if (plan.equals(example(name))) {
                    found.put(name, stored.path("id").asText());
                }
            }
        }
        assertEquals("the seed plans in the store: " + found, PACKS.keySet(), found.keySet());
        return Map.copyOf(found);
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
