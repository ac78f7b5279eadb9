package vn.thidua.itests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Hostile requests against the booted distribution, each sent as raw bytes on a socket of its own
 * (so that nothing on the client side cleans them up): path tricks, oversized parts, headers that
 * do not parse, odd methods, bodies that are not what an endpoint takes, wrong types, inputs that
 * would be echoed, bad credentials. Every answer must be below 500, every error a problem+json
 * that parses, with no Java class or stack trace in it, the security headers on it, and a body
 * of at most {@value #MAX_ERROR_BYTES} bytes; the store must hold the same plans afterwards.
 * The requests per category are printed.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HostileInputIT extends RestTestSupport {

    static final int MAX_ERROR_BYTES = 4096;
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(java|javax|jakarta|vn\\.thidua|org\\.(eclipse|glassfish|apache|hibernate|h2|postgresql|ops4j)|com\\.fasterxml)\\.[a-z]"
                    + "|Exception|\\tat |\\$[0-9]");
    private static final String PLAN_JSON = "{\"province\":{\"code\":\"gia-lai\",\"name\":\"Gia Lai\"},\"year\":2025}";

    /** One hostile request: its category, request line and headers (without Host), and body. */
    private record Hostile(String category, String head, byte[] body) {
    }

    private final List<Hostile> requests = new ArrayList<>();

    @Test
    public void everyHostileRequestGetsAProblemAndStoresNothing() throws Exception {
        String admin = admin();
        long live = total("plans?limit=1");
        long deleted = total("plans?limit=1&deleted=true");
        String planId = json(get("plans?limit=1", admin)).path("items").get(0).path("id").asText();

        pathTricks(admin);
        oversized(admin);
        unreadableHeaders(admin, planId);
        methods(admin);
        bodies(admin);
        wrongTypes(admin, planId);
        echoes(admin);
        credentials();

        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<Integer, Integer> statuses = new LinkedHashMap<>();
        String root = base.substring(0, base.indexOf("/api/"));
        for (Hostile hostile : requests) {
            RawExchange answer = RawExchange.send(root, hostile.head, hostile.body);
            String what = hostile.category + ": " + firstLine(hostile.head) + " -> " + answer.status() + " "
                    + answer.body().substring(0, Math.min(300, answer.body().length()));
            assertTrue(what, answer.status() < 500);
            assertEquals(what, "nosniff", answer.header("x-content-type-options"));
            assertEquals(what, "DENY", answer.header("x-frame-options"));
            assertEquals(what, "no-referrer", answer.header("referrer-policy"));
            assertTrue(what, answer.header("content-security-policy").contains("frame-ancestors 'none'"));
            if (answer.status() >= 400) {
                assertTrue(what, answer.header("content-type").startsWith("application/problem+json"));
                JsonNode problem = JSON.readTree(answer.body());
                assertEquals(what, answer.status(), problem.path("status").asInt());
                assertFalse(what, problem.path("type").asText().isBlank());
                assertFalse(what, problem.path("detail").asText().isBlank());
                assertTrue(what, answer.body().getBytes(UTF_8).length <= MAX_ERROR_BYTES);
                assertFalse(what, CLASS_NAME.matcher(answer.body()).find());
            }
            counts.merge(hostile.category, 1, Integer::sum);
            statuses.merge(answer.status(), 1, Integer::sum);
        }
        assertEquals("plans stored or deleted by hostile requests", live, total("plans?limit=1"));
        assertEquals("plans deleted by hostile requests", deleted, total("plans?limit=1&deleted=true"));
        bodiesThatNeverComeLeaveThreadsForEveryoneElse(admin);
        guessedPasswordsAreThrottledAndLogged();
        System.out.println("HostileInputIT: " + requests.size() + " hostile requests, 0 answers >= 500, all errors problem+json;"
                + " per category " + counts + "; per status " + statuses);
    }

    /**
     * More posts whose body trickles in than the server has threads, with credentials: the bodies
     * are read as they come, on no thread, so health and a signed-in read still answer at once.
     */
    private void bodiesThatNeverComeLeaveThreadsForEveryoneElse(String admin) throws Exception {
        String root = base.substring(0, base.indexOf("/api/"));
        try (SlowBodies slow = SlowBodies.open(root, "/api/v1/plans/validation", "application/json", Map.of("Authorization", admin),
                SlowBodies.COUNT)) {
            assertEquals(200, call(request("health", null).timeout(java.time.Duration.ofSeconds(20)).GET()).statusCode());
            assertEquals(200, call(request("plans?limit=1", admin).timeout(java.time.Duration.ofSeconds(20)).GET()).statusCode());
        }
    }

    /**
     * Last, as it locks this address too: 20 wrong passwords for one account meet 429 with
     * Retry-After, and the audit log names the account and the address, never the password.
     */
    private void guessedPasswordsAreThrottledAndLogged() throws Exception {
        int refused = 0;
        String retryAfter = null;
        for (int i = 0; i < 20; i++) {
            java.net.http.HttpResponse<String> answer = get("plans", basic("it-guessed", "guess-" + i));
            assertTrue(answer.body(), answer.statusCode() == 401 || answer.statusCode() == 429);
            if (answer.statusCode() == 429) {
                refused++;
                retryAfter = answer.headers().firstValue("Retry-After").orElse(null);
                assertProblem(answer, 429, "urn:thidua:problem:too-many-logins", "Authorization");
            }
        }
        assertTrue("20 wrong passwords met no 429", refused > 0);
        assertTrue(retryAfter, retryAfter != null && Long.parseLong(retryAfter) >= 1);
        java.nio.file.Path log = java.nio.file.Path.of(System.getProperty("karaf.log", System.getProperty("karaf.data") + "/log"),
                "security.log");
        String audit = java.nio.file.Files.readString(log, UTF_8);
        assertTrue(audit, audit.contains("login failed: account 'it-guessed' from '127.0.0.1'"));
        assertTrue(audit, audit.contains("login refused unchecked: account 'it-guessed'"));
        assertFalse("a password in the audit log", audit.contains("guess-"));
        System.out.println("HostileInputIT: 20 wrong passwords for one account: " + (20 - refused) + " x 401, " + refused
                + " x 429 (Retry-After " + retryAfter + " s at the last)");
    }

    private long total(String path) throws IOException, InterruptedException {
        return json(get(path, admin())).path("total").asLong();
    }

    private void pathTricks(String auth) {
        for (String path : List.of("/api/v1/..%2F..%2Fetc%2Fpasswd", "/api/v1/plans/..%2F..%2Ftokens", "/api/v1/plans/%2e%2e/%2e%2e/tokens",
                "/api/v1/plans/%00", "/api/v1/%00/plans", "/api/v1/plans/a%2Fb", "/api/v1/plans/%2F", "/api/v1/plans/%ZZ",
                "/api/v1/plans/x%5C..%5Ctokens", "/api/v1/plans;jsessionid=1", "/api//v1//plans", "/api/v2/plans", "/api/",
                "/api/v1/plans/%C0%AE%C0%AE/tokens", "/api/v1/plans/\u00e9", "/nothing-here", "/api/v1/docs/..%2F..%2Fopenapi.json",
                "/api/v1/plans/" + "a".repeat(4000))) {
            add("path tricks", "GET " + path + " HTTP/1.1\r\nAuthorization: " + auth + "\r\n", "");
        }
    }

    private void oversized(String auth) {
        add("oversized", "GET /api/v1/plans?q=" + "a".repeat(100_000) + " HTTP/1.1\r\nAuthorization: " + auth + "\r\n", "");
        add("oversized", "GET /api/v1/health HTTP/1.1\r\nX-Big: " + "a".repeat(65_536) + "\r\n", "");
        add("oversized", "GET /api/v1/plans HTTP/1.1\r\nAuthorization: " + auth + "\r\n" + "X-Many: 1\r\n".repeat(2000), "");
        add("oversized", "GET /api/v1/plans?" + "a=1&".repeat(1500) + " HTTP/1.1\r\nAuthorization: " + auth + "\r\n", "");
        // Announced larger than the limit: refused from the header, the body begun and never sent whole (one byte, so that
        // Jetty gives the request a thread at once rather than at its idle timeout).
        add("oversized", "POST /api/v1/plans/validation HTTP/1.1\r\nAuthorization: " + auth
                + "\r\nContent-Type: application/json\r\nContent-Length: 5000000\r\n", "{");
        add("oversized", "POST /api/v1/plans/validation HTTP/1.1\r\nAuthorization: " + auth
                + "\r\nContent-Type: application/json\r\nContent-Length: 99999999999999999999\r\n", "");
    }

    private void unreadableHeaders(String auth, String planId) {
        String post = "POST /api/v1/plans/validation HTTP/1.1\r\nAuthorization: " + auth + "\r\n";
        for (String type : List.of(";;;", "application/", "/json", "application/json; charset", "text/plain", "application/xml",
                "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/json; charset=klingon")) {
            add("headers", post + "Content-Type: " + type + "\r\n", PLAN_JSON);
        }
        add("headers", post, PLAN_JSON); // a body without Content-Type
        for (String accept : List.of(";;;", "text/html", "application/xml", "application/json;q=0", "*/*;q=abc")) {
            add("headers", "GET /api/v1/plans HTTP/1.1\r\nAuthorization: " + auth + "\r\nAccept: " + accept + "\r\n", "");
        }
        for (String accept : List.of("application/pdf;q=0", "image/png", ";;;")) {
            add("headers", "GET /api/v1/plans/" + planId + "/document HTTP/1.1\r\nAuthorization: " + auth + "\r\nAccept: " + accept + "\r\n", "");
        }
        add("headers", "PUT /api/v1/plans/" + planId + " HTTP/1.1\r\nAuthorization: " + auth
                + "\r\nContent-Type: application/json\r\nIf-Match: not-an-etag\r\n", PLAN_JSON);
        add("headers", "PUT /api/v1/plans/" + planId + " HTTP/1.1\r\nAuthorization: " + auth
                + "\r\nContent-Type: application/json\r\nIf-Match: \"" + "9".repeat(40) + "\"\r\n", PLAN_JSON);
    }

    private void methods(String auth) {
        for (String line : List.of("TRACE /api/v1/health", "TRACE /api/v1/plans", "TRACE /", "PATCH /api/v1/plans", "DELETE /api/v1/plans",
                "PUT /api/v1/health", "FOO /api/v1/plans", "CONNECT /api/v1/plans", "OPTIONS /api/v1/nothing")) {
            add("methods", line + " HTTP/1.1\r\nAuthorization: " + auth + "\r\nContent-Type: application/json\r\n", "");
        }
    }

    private void bodies(String auth) {
        List<String> bodies = List.of("null", "[]", "[null]", "\"a plan\"", "42", "true", "", "{", "{\"a\":}", "{}{}", "{} []",
                "[".repeat(5000), "{\"a\":".repeat(3000), "\u0000", "{\"year\":2025,\"year\":2026}");
        for (String path : List.of("/api/v1/plans", "/api/v1/plans/validation", "/api/v1/plans/drafts")) {
            for (String body : bodies) {
                add("bodies", "POST " + path + " HTTP/1.1\r\nAuthorization: " + auth + "\r\nContent-Type: application/json\r\n", body);
            }
        }
        // Not UTF-8.
        add("bodies", "POST /api/v1/plans/validation HTTP/1.1\r\nAuthorization: " + auth + "\r\nContent-Type: application/json\r\n",
                new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'});
    }

    private void wrongTypes(String auth, String planId) {
        String drafts = "POST /api/v1/plans/drafts HTTP/1.1\r\nAuthorization: " + auth + "\r\nContent-Type: application/json\r\n";
        for (String body : List.of("{\"province\":\"gia-lai\",\"year\":2025.5}", "{\"province\":\"gia-lai\",\"year\":\"2025\"}",
                "{\"province\":\"gia-lai\",\"year\":1e3}", "{\"province\":\"gia-lai\",\"year\":99999999999}", "{\"province\":5,\"year\":2025}",
                "{\"province\":[\"gia-lai\"],\"year\":2025}", "{\"province\":\"gia-lai\",\"year\":null}", "{\"province\":\"GIA LAI\",\"year\":2025}",
                "{\"province\":\"gia-lai\",\"year\":2025,\"@class\":\"java.lang.Runtime\"}", "{\"province\":{\"code\":1},\"year\":{}}")) {
            add("wrong types", drafts, body);
        }
        String plans = "POST /api/v1/plans HTTP/1.1\r\nAuthorization: " + auth + "\r\nContent-Type: application/json\r\n";
        for (String body : List.of("{\"year\":2025.5}", "{\"sections\":{\"x\":1}}", "{\"province\":\"gia-lai\"}", "{\"kind\":\"NOT_A_KIND\"}",
                "{\"dateLine\":{\"date\":20250101}}", "{\"dateLine\":{\"date\":\"2025-13-45\"}}", "{\"@type\":\"x\"}")) {
            add("wrong types", plans, body);
        }
        String task = "PUT /api/v1/plans/" + planId + "/tasks/1/status HTTP/1.1\r\nAuthorization: " + auth + "\r\nContent-Type: application/json\r\n";
        for (String body : List.of("{\"status\":\"DONE\",\"completedOn\":20250101}", "{\"status\":\"DONE\",\"completedOn\":\"2025-13-45\"}",
                "{\"status\":\"DONE\",\"completedOn\":[2025,1,1]}", "{\"status\":5}", "{\"status\":\"done!\"}", "{\"status\":null}")) {
            add("wrong types", task, body);
        }
        for (String query : List.of("limit=-1", "limit=abc", "limit=1.5", "offset=1e9", "year=2025.5", "status=NOPE", "deleted=maybe",
                "province=..%2F", "offset=99999999999999999999")) {
            add("wrong types", "GET /api/v1/plans?" + query + " HTTP/1.1\r\nAuthorization: " + auth + "\r\n", "");
        }
        add("wrong types", "GET /api/v1/plans/" + planId + "/tasks/abc HTTP/1.1\r\nAuthorization: " + auth + "\r\n", "");
        add("wrong types", "GET /api/v1/plans/" + planId + "/history/-1 HTTP/1.1\r\nAuthorization: " + auth + "\r\n", "");
        add("wrong types", "GET /api/v1/rule-packs/in-force?province=gia-lai&date=2025-02-30 HTTP/1.1\r\nAuthorization: " + auth + "\r\n", "");
    }

    private void echoes(String auth) {
        String mega = "D".repeat(1_000_000 - 100);
        add("echoes", "POST /api/v1/plans/drafts HTTP/1.1\r\nAuthorization: " + auth + "\r\nContent-Type: application/json\r\n",
                "{\"province\":\"" + mega + "\",\"year\":2025}");
        add("echoes", "POST /api/v1/plans/validation HTTP/1.1\r\nAuthorization: " + auth + "\r\nContent-Type: application/json\r\n",
                "{\"" + mega + "\":1}");
        add("echoes", "POST /api/v1/plans HTTP/1.1\r\nAuthorization: " + auth + "\r\nContent-Type: application/json\r\n",
                "{\"kind\":\"" + mega + "\"}");
        add("echoes", "GET /api/v1/plans?province=" + "x".repeat(5000) + " HTTP/1.1\r\nAuthorization: " + auth + "\r\n", "");
        add("echoes", "GET /api/v1/plans/" + planIdLike() + "/document?format=" + "f".repeat(5000) + " HTTP/1.1\r\nAuthorization: " + auth + "\r\n", "");
    }

    private void credentials() {
        for (String authorization : List.of("Basic !!!", "Basic " + b64("no-colon"), "Basic " + b64(":empty-user"), "Digest x=1",
                "Bearer not-a-token", "Basic", basic("it-nobody", "wrong"), basic("admin", "wrong"), basic("x".repeat(3000), "y"))) {
            add("credentials", "GET /api/v1/plans HTTP/1.1\r\nAuthorization: " + authorization + "\r\n", "");
        }
    }

    private static String planIdLike() {
        return "00000000-0000-0000-0000-000000000000";
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(UTF_8));
    }

    private void add(String category, String head, String body) {
        add(category, head, body.getBytes(UTF_8));
    }

    private void add(String category, String head, byte[] body) {
        String withLength = head.contains("Content-Length:") || body.length == 0 && !head.startsWith("POST") && !head.startsWith("PUT")
                ? head : head + "Content-Length: " + body.length + "\r\n";
        requests.add(new Hostile(category, withLength, body));
    }

    private static String firstLine(String head) {
        String line = head.substring(0, head.indexOf('\r'));
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }
}
