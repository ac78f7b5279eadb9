package vn.thidua.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.plan.DocumentNumber;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanBuilder;
import vn.thidua.plan.json.PlanJson;
import vn.thidua.plan.store.PlanRepository;
import vn.thidua.plan.store.PlanStatus;
import vn.thidua.plan.store.jpa.internal.status.RulePackStatusRules;
import vn.thidua.plan.store.StoreUnavailableException;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.rest.internal.InMemoryApi.Reply;
import vn.thidua.rest.internal.fake.InMemoryPlans;
import vn.thidua.rest.internal.fake.MarkdownExports;
import vn.thidua.rest.internal.fake.OneRulePack;

/** The resources, filters and mappers together, on the Gia Lai 2023 plan, with in-memory services. */
class ApiTest {

    private static final String GIA_LAI = "003_44668950db2da263";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Services services = new Services();
    private final String planJson = Fixtures.json(GIA_LAI);
    private final Plan plan = Fixtures.plan(GIA_LAI);
    private final OneRulePack rules = new OneRulePack(plan);
    /** In memory, keeping the store's real status rules on the one pack. */
    private final InMemoryPlans plans = new InMemoryPlans(new RulePackStatusRules(rules));
    private InMemoryApi api;

    @BeforeEach
    void start() {
        services.setPlans(plans);
        services.setRules(rules);
        services.setExports(new MarkdownExports());
        api = new InMemoryApi(services, 1_048_576);
    }

    @Test
    void anonymousCallsGet401WithAChallengeButHealthAnswers() throws Exception {
        Reply reply = api.call("GET", "plans").send();
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).startsWith("Basic realm=\"thidua\"").contains("Bearer");
        assertProblem(reply, "about:blank", "Authorization");

        Reply health = api.call("GET", "health").send();
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void healthTellsTheDetailsToAKnownCallerOnly() throws Exception {
        Reply health = api.call("GET", "health").as("viewer").send();
        assertThat(health.status()).isEqualTo(200);
        assertThat(json(health).path("database").path("product").asText()).isEqualTo("Memory 1");
        assertThat(json(health).path("packsInForce").get(0).path("id").asText()).isEqualTo("gia-lai@1.0.0");
        assertThat(api.call("GET", "health").header("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString("viewer:wrong".getBytes(StandardCharsets.UTF_8))).send().status()).isEqualTo(401);
    }

    @Test
    void wrongPasswordsAreThrottledWith429AndRetryAfter() throws Exception {
        String wrong = "Basic " + java.util.Base64.getEncoder().encodeToString("editor:guess".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 5; i++) {
            assertThat(api.call("GET", "plans").header("Authorization", wrong).send().status()).isEqualTo(401);
        }
        Reply throttled = api.call("GET", "plans").header("Authorization", wrong).send();
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 30L);
        assertProblem(throttled, "urn:thidua:problem:too-many-logins", "Authorization");
        // Locked: even the right password is not checked until the lock ends; other accounts are not locked.
        assertThat(api.call("GET", "plans").as("editor").send().status()).isEqualTo(429);
        assertThat(api.call("GET", "plans").as("viewer").send().status()).isEqualTo(200);
    }

    /**
     * An answer given before the body came in whole tells the client that the connection closes
     * (Jetty closes it after such an answer); a body that was read, or that arrived and is dropped, keeps it.
     */
    @Test
    void anAnswerBeforeTheBodyCameInSaysTheConnectionCloses() throws Exception {
        byte[] plan = planJson.getBytes(StandardCharsets.UTF_8);
        Reply anonymous = api.call("POST", "plans").bodyStillArriving("application/json", plan).send();
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Connection")).isEqualTo("close");
        Reply forbidden = api.call("POST", "plans").as("viewer").bodyStillArriving("application/json", plan).send();
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.header("Connection")).isEqualTo("close");
        Reply wrongType = api.call("POST", "plans").as("editor").bodyStillArriving("text/plain", plan).send();
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.header("Connection")).isEqualTo("close");
        Reply tooLarge = api.call("POST", "plans").as("editor").header("Content-Type", "application/json")
                .header("Content-Length", "2000000").send();
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.header("Connection")).isEqualTo("close");

        Reply arrived = api.call("POST", "plans").as("viewer").body("application/json", plan).send();
        assertThat(arrived.status()).isEqualTo(403);
        assertThat(arrived.header("Connection")).isNull();
        Reply read = api.call("POST", "plans/validation").as("viewer").bodyStillArriving("application/json", plan).send();
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("Connection")).isNull();
        Reply malformed = api.call("POST", "plans/drafts").as("editor")
                .bodyStillArriving("application/json", ("{\"year\": [} " + " ".repeat(100_000)).getBytes(StandardCharsets.UTF_8)).send();
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("Connection")).isEqualTo("close");
        assertThat(api.call("GET", "plans").as("viewer").send().header("Connection")).isNull();
    }

    /** A body that stops coming until the server's idle timeout is a 408 problem, not an incident. */
    @Test
    void aBodyThatStopsComingIsA408() throws Exception {
        java.io.InputStream stalled = new java.io.InputStream() {
            @Override
            public int read() throws java.io.IOException {
                // what Jetty's input throws when its idle timeout ends the wait
                throw new java.io.IOException(new java.util.concurrent.TimeoutException("Idle timeout expired: 30000/30000 ms"));
            }
        };
        Reply reply = api.call("POST", "plans/drafts").as("editor").bodyStream("application/json", 40, stalled).send();
        assertThat(reply.status()).isEqualTo(408);
        assertProblem(reply, "urn:thidua:problem:request-timeout", null);
        assertThat(reply.header("Connection")).isEqualTo("close");
        assertThat(json(reply).has("incident")).isFalse();
    }

    @Test
    void unparseableHeadersAndBodiesWithoutContentTypeAreProblems() throws Exception {
        Reply badType = api.call("POST", "plans/validation").as("viewer").body(";;;", "{}".getBytes(StandardCharsets.UTF_8)).send();
        assertThat(badType.status()).isEqualTo(400);
        assertProblem(badType, "urn:thidua:problem:invalid-value", "Content-Type");
        Reply badAccept = api.call("GET", "plans").as("viewer").header("Accept", ";;;").send();
        assertThat(badAccept.status()).isEqualTo(400);
        assertProblem(badAccept, "urn:thidua:problem:invalid-value", "Accept");
        Reply untyped = api.call("POST", "plans/drafts").as("editor").header("Content-Length", "2").rawBody("{}").send();
        assertThat(untyped.status()).isEqualTo(415);
        assertProblem(untyped, "about:blank", "Content-Type");
    }

    @Test
    void aNullPlanIsA400AndLongInputsAreQuotedShort() throws Exception {
        Reply nothing = api.call("POST", "plans/validation").as("viewer").json("null").send();
        assertThat(nothing.status()).isEqualTo(400);
        assertProblem(nothing, "urn:thidua:problem:invalid-plan", "");
        assertThat(api.call("POST", "plans").as("editor").json("null").send().status()).isEqualTo(400);
        String huge = "D".repeat(100_000);
        Reply echoed = api.call("POST", "plans/drafts").as("editor").json("{\"province\":\"" + huge + "\",\"year\":2025}").send();
        assertThat(echoed.status()).isEqualTo(400);
        assertThat(echoed.body().length()).isLessThan(1000);
        assertThat(json(echoed).path("detail").asText()).contains("(100000 characters)");
    }

    @Test
    void aDateIsAnIsoStringOnly() throws Exception {
        Reply number = api.call("PUT", "plans/any/tasks/1/status").as("editor")
                .json("{\"status\":\"DONE\",\"completedOn\":20250101}").send();
        assertThat(number.status()).isEqualTo(400);
        assertProblem(number, "urn:thidua:problem:invalid-value", "/completedOn");
    }

    @Test
    void aWrongPasswordOrTokenGets401() throws Exception {
        assertThat(api.call("GET", "plans").header("Authorization", "Basic " + b64("editor:nope")).send().status()).isEqualTo(401);
        assertThat(api.call("GET", "plans").header("Authorization", "Bearer wrong").send().status()).isEqualTo(401);
        assertThat(api.call("GET", "plans").header("Authorization", "Bearer " + InMemoryApi.TOKEN).send().status()).isEqualTo(200);
    }

    @Test
    void aPasswordLoginIsExchangedForASessionTokenThatCarriesItsRolesUntilRevoked() throws Exception {
        Reply opened = api.call("POST", "sessions").as("editor").send();
        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.header("Location")).endsWith("/api/v1/sessions/current");
        assertThat(opened.header("Cache-Control")).isEqualTo("no-store");
        JsonNode session = json(opened);
        String token = session.path("token").asText();
        assertThat(token).hasSizeGreaterThanOrEqualTo(43).doesNotContain("editor");
        assertThat(session.path("user").asText()).isEqualTo("editor");
        assertThat(session.path("roles").toString()).isEqualTo("[\"editor\",\"viewer\"]");
        assertThat(session.path("expiresAt").asText()).isEqualTo("2024-03-01T08:30:00Z");
        assertThat(session.path("notAfter").asText()).isEqualTo("2024-03-01T16:00:00Z");
        assertThat(session.path("idleSeconds").asLong()).isEqualTo(1800);

        String bearer = "Bearer " + token;
        assertThat(api.call("POST", "plans").header("Authorization", bearer).json(planJson).send().status()).isEqualTo(201);
        assertThat(api.call("GET", "tokens").header("Authorization", bearer).send().status()).isEqualTo(403);
        // A token cannot make a token: its bounds would mean nothing.
        Reply chained = api.call("POST", "sessions").header("Authorization", bearer).send();
        assertThat(chained.status()).isEqualTo(400);
        assertProblem(chained, "about:blank", "Authorization");

        assertThat(api.call("DELETE", "sessions/current").header("Authorization", bearer).send().status()).isEqualTo(204);
        Reply revoked = api.call("GET", "plans").header("Authorization", bearer).send();
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.header("WWW-Authenticate")).contains("Bearer");
        assertProblem(revoked, "about:blank", "Authorization");
        assertThat(api.call("DELETE", "sessions/current").header("Authorization", bearer).send().status()).isEqualTo(401);
    }

    @Test
    void anExpiredSessionTokenGetsProblem401AndOnlyPasswordLoginsOpenSessions() throws Exception {
        String token = json(api.call("POST", "sessions").as("viewer").send()).path("token").asText();
        api.sessionClock.passMinutes(29);
        assertThat(api.call("GET", "plans").header("Authorization", "Bearer " + token).send().status()).isEqualTo(200);
        api.sessionClock.passMinutes(30);
        Reply expired = api.call("GET", "plans").header("Authorization", "Bearer " + token).send();
        assertThat(expired.status()).isEqualTo(401);
        assertProblem(expired, "about:blank", "Authorization");

        assertThat(api.call("POST", "sessions").header("Authorization", "Basic " + b64("viewer:nope")).send().status()).isEqualTo(401);
        assertThat(api.call("POST", "sessions").header("Authorization", "Bearer " + InMemoryApi.TOKEN).send().status()).isEqualTo(400);
        Reply basic = api.call("DELETE", "sessions/current").as("viewer").send();
        assertThat(basic.status()).isEqualTo(400);
        assertProblem(basic, "about:blank", "Authorization");
        assertThat(api.sessions.size()).isZero();
    }

    @Test
    void rolesNestAdminOverEditorOverViewer() throws Exception {
        assertThat(api.call("POST", "plans").as("viewer").json(planJson).send().status()).isEqualTo(403);
        assertThat(api.call("POST", "plans").header("Authorization", "Bearer " + InMemoryApi.TOKEN).json(planJson).send().status())
                .isEqualTo(403);
        assertThat(api.call("POST", "plans").as("editor").json(planJson).send().status()).isEqualTo(201);
        assertThat(api.call("POST", "plans").as("admin").json(planJson).send().status()).isEqualTo(201);
        assertThat(api.call("GET", "tokens").as("editor").send().status()).isEqualTo(403);
        Reply tokens = api.call("GET", "tokens").as("admin").send();
        assertThat(tokens.body()).isEqualTo("[{\"name\":\"portal\",\"roles\":[\"viewer\"]}]");
        assertThat(plans.size()).isEqualTo(2);
    }

    @Test
    void createReadReplaceWithETags() throws Exception {
        Reply created = api.call("POST", "plans").as("editor").json(planJson).send();
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        String id = json(created).path("id").asText();
        assertThat(created.header("Location")).isEqualTo("http://localhost/api/v1/plans/" + id);

        Reply read = api.call("GET", "plans/" + id).as("viewer").send();
        assertThat(read.status()).isEqualTo(200);
        // The plan inside is the canonical document, Vietnamese intact.
        assertThat(new PlanJson().read(json(read).path("plan").toString())).isEqualTo(plan);
        assertThat(read.body()).contains("Triển khai công tác thi đua");

        assertThat(api.call("PUT", "plans/" + id).as("editor").json(planJson).send().status()).isEqualTo(428);
        assertThat(api.call("PUT", "plans/" + id).as("editor").header("If-Match", "\"1\"").json(planJson).send().header("ETag"))
                .isEqualTo("\"2\"");
        Reply stale = api.call("PUT", "plans/" + id).as("editor").header("If-Match", "\"1\"").json(planJson).send();
        assertThat(stale.status()).isEqualTo(412);
        assertThat(json(stale).path("currentVersion").asLong()).isEqualTo(2);
        assertThat(api.call("PUT", "plans/" + id).as("editor").header("If-Match", "three").json(planJson).send().status()).isEqualTo(400);
        assertThat(plans.find(id).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void deleteHistoryAndRestore() throws Exception {
        String id = json(api.call("POST", "plans").as("editor").json(planJson).send()).path("id").asText();
        assertThat(api.call("DELETE", "plans/" + id).as("editor").send().status()).isEqualTo(428);
        Reply deleted = api.call("DELETE", "plans/" + id).as("editor").header("If-Match", "\"1\"").send();
        assertThat(json(deleted).path("deletedAt").isMissingNode()).isFalse();
        assertThat(json(api.call("GET", "plans").as("viewer").send()).path("total").asInt()).isZero();
        assertThat(json(api.call("GET", "plans?deleted=true").as("viewer").send()).path("total").asInt()).isEqualTo(1);
        assertProblem(api.call("PUT", "plans/" + id).as("editor").header("If-Match", "\"2\"").json(planJson).send(),
                "urn:thidua:problem:plan-deleted", null);
        assertProblem(api.call("DELETE", "plans/" + id).as("editor").header("If-Match", "\"2\"").send(),
                "urn:thidua:problem:plan-deleted", null);
        assertProblem(api.call("PUT", "plans/" + id + "/tasks/1/status").as("editor").json("{\"status\":\"IN_PROGRESS\"}").send(),
                "urn:thidua:problem:plan-deleted", null);
        assertThat(api.call("POST", "plans/" + id + "/restore").as("editor").send().status()).isEqualTo(200);
        Reply again = api.call("POST", "plans/" + id + "/restore").as("editor").send();
        assertThat(again.status()).isEqualTo(409);
        assertProblem(again, "urn:thidua:problem:not-deleted", null);
        JsonNode history = json(api.call("GET", "plans/" + id + "/history").as("viewer").send());
        assertThat(history.findValuesAsText("action")).containsExactly("CREATED", "DELETED", "RESTORED");
        assertThat(history.findValuesAsText("by")).containsOnly("editor");
        assertThat(api.call("GET", "plans/" + id + "/history/1").as("viewer").send().status()).isEqualTo(200);
        assertThat(api.call("GET", "plans/" + id + "/history/9").as("viewer").send().status()).isEqualTo(404);
        assertProblem(api.call("GET", "plans/nope/history").as("viewer").send(), "urn:thidua:problem:not-found", null);
        assertProblem(api.call("POST", "plans/nope/restore").as("editor").send(), "urn:thidua:problem:not-found", null);
        assertThat(plans.find(id).orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void aStaleIfMatchIsRefusedBeforeTheBodyIsJudged() throws Exception {
        String id = json(api.call("POST", "plans").as("editor").json(planJson).send()).path("id").asText();
        api.call("PUT", "plans/" + id).as("editor").header("If-Match", "\"1\"").json(planJson).send();
        // Stale and not valid for VALIDATED: the client must first learn that it works on an old version.
        Reply stale = api.call("PUT", "plans/" + id + "?status=VALIDATED").as("editor").header("If-Match", "\"1\"")
                .json(planJson).send();
        assertThat(stale.status()).isEqualTo(412);
        assertProblem(stale, "urn:thidua:problem:stale-version", "If-Match");
        assertThat(json(stale).path("currentVersion").asLong()).isEqualTo(2);
    }

    @Test
    void aPlanBecomesValidatedOnlyWithoutErrors() throws Exception {
        Reply draft = api.call("POST", "plans/drafts").as("editor").json("{\"province\":\"gia-lai\",\"year\":2025}").send();
        assertThat(draft.status()).isEqualTo(201);
        assertThat(json(draft).path("rulePackId").asText()).isEqualTo("gia-lai@1.0.0");
        String id = json(draft).path("id").asText();

        Reply refused = api.call("PUT", "plans/" + id + "?status=VALIDATED").as("editor").header("If-Match", "\"1\"")
                .json(json(draft).path("plan").toString()).send();
        assertThat(refused.status()).isEqualTo(409);
        assertProblem(refused, "urn:thidua:problem:plan-not-valid", "/number");
        assertThat(plans.find(id).orElseThrow().version()).isEqualTo(1);

        String registered = new PlanJson().write(PlanBuilder.builder(plan).number(DocumentNumber.of(8, "KH-BQL")).build());
        Reply validated = api.call("POST", "plans?status=VALIDATED").as("editor").json(registered).send();
        assertThat(validated.status()).isEqualTo(201);
        assertThat(json(validated).path("status").asText()).isEqualTo("VALIDATED");

        JsonNode report = json(api.call("GET", "plans/" + id + "/validation").as("viewer").send());
        assertThat(report.path("valid").asBoolean()).isFalse();
        assertThat(report.path("findings").get(0).path("pointer").asText()).isEqualTo("/number");
        assertThat(json(api.call("POST", "plans/validation").as("viewer").json(registered).send()).path("valid").asBoolean()).isTrue();
        assertThat(json(api.call("POST", "plans/validation").as("viewer").json(planJson).send()).path("errors").asInt()).isEqualTo(1);
        assertThat(plans.size()).isEqualTo(2);
    }

    @Test
    void draftsNameTheFieldAtFault() throws Exception {
        assertProblem(api.call("POST", "plans/drafts").as("editor").json("{\"province\":\"Gia Lai\",\"year\":2025}").send(),
                "urn:thidua:problem:invalid-value", "/province");
        assertProblem(api.call("POST", "plans/drafts").as("editor").json("{\"province\":\"gia-lai\",\"year\":1066}").send(),
                "urn:thidua:problem:invalid-value", "/year");
        assertProblem(api.call("POST", "plans/drafts").as("editor").json("{\"province\":\"gia-lai\",\"yaer\":2025}").send(),
                "urn:thidua:problem:invalid-value", "/yaer");
        Reply noPack = api.call("POST", "plans/drafts").as("editor").json("{\"province\":\"ha-noi\",\"year\":2025}").send();
        assertThat(noPack.status()).isEqualTo(409);
        assertProblem(noPack, "urn:thidua:problem:no-rule-pack", "/province");
        assertThat(json(noPack).path("detail").asText()).isEqualTo("No rule pack is in force for province 'ha-noi' on 2025-01-01");
        // The province has a pack, from 2000 on.
        assertProblem(api.call("POST", "plans/drafts").as("editor").json("{\"province\":\"gia-lai\",\"year\":1995}").send(),
                "urn:thidua:problem:no-rule-pack", "/year");
        for (String year : new String[] {"2025.5", "\"2025\"", "true"}) {
            Reply reply = api.call("POST", "plans/drafts").as("editor").json("{\"province\":\"gia-lai\",\"year\":" + year + "}").send();
            assertProblem(reply, "urn:thidua:problem:invalid-value", "/year");
            assertThat(json(reply).path("detail").asText()).startsWith("/year: must be a whole number");
        }
        assertThat(json(api.call("POST", "plans/drafts").as("editor").json("[]").send()).path("detail").asText())
                .isEqualTo("the body: must be an object, was an array");
        assertProblem(api.call("POST", "plans/drafts").as("editor").json("{\"province\":\"gia-lai\",\"year\":").send(),
                "urn:thidua:problem:malformed-json", "/year");
        // Issuer and plan kind: an unknown value is refused by name; a known one with no pack names the issuer.
        Reply badIssuer = api.call("POST", "plans/drafts").as("editor")
                .json("{\"province\":\"gia-lai\",\"year\":2025,\"issuer\":\"MINISTRY\"}").send();
        assertProblem(badIssuer, "urn:thidua:problem:invalid-value", "/issuer");
        assertThat(json(badIssuer).path("detail").asText()).contains("BOARD, PEOPLES_COMMITTEE, DEPARTMENT, BLOC");
        assertProblem(api.call("POST", "plans/drafts").as("editor")
                .json("{\"province\":\"gia-lai\",\"year\":2025,\"kind\":\"SPRINT\"}").send(), "urn:thidua:problem:invalid-value", "/kind");
        Reply noCommitteePack = api.call("POST", "plans/drafts").as("editor")
                .json("{\"province\":\"gia-lai\",\"year\":2025,\"issuer\":\"PEOPLES_COMMITTEE\",\"kind\":\"CAMPAIGN\"}").send();
        assertProblem(noCommitteePack, "urn:thidua:problem:no-rule-pack", "/issuer");
        assertThat(json(noCommitteePack).path("detail").asText()).isEqualTo(
                "No rule pack is in force for province 'gia-lai', issuer PEOPLES_COMMITTEE, plan kind CAMPAIGN on 2025-01-01");
        assertThat(plans.size()).isZero();
        // The board's pack of this test covers every kind: a themed draft is made, of that kind.
        Reply themed = api.call("POST", "plans/drafts").as("editor")
                .json("{\"province\":\"gia-lai\",\"year\":2025,\"issuer\":\"board\",\"kind\":\"themed\"}").send();
        assertThat(themed.status()).isEqualTo(201);
        assertThat(json(themed).path("plan").path("kind").asText()).isEqualTo("THEMED");
    }

    @Test
    void aPlanIsCopiedIntoADraftForAnotherYearWithTheFindingsOfThatYearsPack() throws Exception {
        String id = json(api.call("POST", "plans").as("editor").json(planJson).send()).path("id").asText();

        Reply copied = api.call("POST", "plans/" + id + "/copies").as("editor").json("{\"year\":2024}").send();

        assertThat(copied.status()).isEqualTo(201);
        JsonNode body = json(copied);
        String copyId = body.path("plan").path("id").asText();
        assertThat(copyId).isNotEqualTo(id);
        assertThat(copied.header("Location")).isEqualTo("http://localhost/api/v1/plans/" + copyId);
        assertThat(copied.header("ETag")).isEqualTo("\"1\"");
        assertThat(body.path("copiedFrom").asText()).isEqualTo(id);
        assertThat(body.path("plan").path("status").asText()).isEqualTo("DRAFT");
        assertThat(body.path("plan").path("rulePackId").asText()).isEqualTo("gia-lai@1.0.0");
        assertThat(body.path("plan").path("plan").path("year").asInt()).isEqualTo(2024);
        assertThat(body.path("plan").path("plan").path("summary").asText()).isEqualTo("Triển khai công tác thi đua, khen thưởng năm 2024");
        // The pack of this test wants a registered number, and a copy's number is blank until registered.
        assertThat(body.path("validation").path("errors").asInt()).isEqualTo(1);
        assertThat(body.path("validation").path("findings").get(0).path("pointer").asText()).isEqualTo("/number");
        assertThat(plans.find(copyId).orElseThrow().plan().year()).isEqualTo(2024);
        assertThat(plans.find(id).orElseThrow().version()).isEqualTo(1);
        assertThat(json(api.call("GET", "plans?year=2024").as("viewer").send()).path("total").asInt()).isEqualTo(1);
    }

    @Test
    void aCopyForABadYearADeletedPlanOrADissolvedProvinceIsAProblemAndStoresNothing() throws Exception {
        String id = json(api.call("POST", "plans").as("editor").json(planJson).send()).path("id").asText();
        for (String bad : new String[] {"{\"year\":1066}", "{\"year\":2023}", "{\"year\":\"2027\"}", "{\"year\":2027.5}", "{}"}) {
            Reply reply = api.call("POST", "plans/" + id + "/copies").as("editor").json(bad).send();
            assertThat(reply.status()).as(bad).isEqualTo(400);
            assertProblem(reply, "urn:thidua:problem:invalid-value", "/year");
        }
        assertProblem(api.call("POST", "plans/" + id + "/copies").as("editor").json("{\"yaer\":2027}").send(),
                "urn:thidua:problem:invalid-value", "/yaer");
        assertThat(api.call("POST", "plans/" + id + "/copies").as("viewer").json("{\"year\":2027}").send().status()).isEqualTo(403);
        assertProblem(api.call("POST", "plans/nope/copies").as("editor").json("{\"year\":2027}").send(),
                "urn:thidua:problem:not-found", null);
        // The only pack of this test is Gia Lai's from 2000: a year before it has none.
        Reply noPack = api.call("POST", "plans/" + id + "/copies").as("editor").json("{\"year\":1995}").send();
        assertThat(noPack.status()).isEqualTo(409);
        assertProblem(noPack, "urn:thidua:problem:no-rule-pack", "/year");

        api.call("DELETE", "plans/" + id).as("editor").header("If-Match", "\"1\"").send();
        Reply deleted = api.call("POST", "plans/" + id + "/copies").as("editor").json("{\"year\":2027}").send();
        assertThat(deleted.status()).isEqualTo(409);
        assertProblem(deleted, "urn:thidua:problem:plan-deleted", "id");

        // Bắc Giang joined Bắc Ninh on 1/7/2025: its 2024 plan copied to 2027 names the successor.
        String bacGiang = plans.create(Fixtures.plan("001_b902e8c9f1ecfedd"), PlanStatus.DRAFT, "tester", null).id();
        Reply dissolved = api.call("POST", "plans/" + bacGiang + "/copies").as("editor").json("{\"year\":2027}").send();
        assertThat(dissolved.status()).isEqualTo(409);
        assertProblem(dissolved, "urn:thidua:problem:dissolved-province", "/year");
        assertThat(json(dissolved).path("successor").asText()).isEqualTo("bac-ninh");
        assertThat(json(dissolved).path("detail").asText()).contains("tỉnh Bắc Ninh (bac-ninh)");
        assertThat(plans.size()).isEqualTo(2);
    }

    @Test
    void plansAreListedByIssuerAndAnUnknownIssuerIsNamed() throws Exception {
        api.call("POST", "plans").as("editor").json(planJson).send();
        assertThat(json(api.call("GET", "plans?issuer=BOARD").as("viewer").send()).path("total").asInt()).isEqualTo(1);
        assertThat(json(api.call("GET", "plans?issuer=peoples_committee").as("viewer").send()).path("total").asInt()).isZero();
        Reply bad = api.call("GET", "plans?issuer=MINISTRY").as("viewer").send();
        assertThat(bad.status()).isEqualTo(400);
        assertProblem(bad, "urn:thidua:problem:invalid-value", "issuer");
        assertThat(json(bad).path("detail").asText()).contains("BOARD, PEOPLES_COMMITTEE, DEPARTMENT, BLOC");
    }

    @Test
    void aDraftForADissolvedProvinceNamesItsSuccessorAndAnUnknownOneTheClosest() throws Exception {
        Reply dissolved = api.call("POST", "plans/drafts").as("editor").json("{\"province\":\"bac-giang\",\"year\":2027}").send();
        assertThat(dissolved.status()).isEqualTo(409);
        assertProblem(dissolved, "urn:thidua:problem:dissolved-province", "/province");
        assertThat(json(dissolved).path("successor").asText()).isEqualTo("bac-ninh");
        assertThat(json(dissolved).path("detail").asText()).contains("tỉnh Bắc Ninh (bac-ninh)");

        Reply unknown = api.call("POST", "plans/drafts").as("editor").json("{\"province\":\"bac-nihn\",\"year\":2027}").send();
        assertThat(unknown.status()).isEqualTo(400);
        assertProblem(unknown, "urn:thidua:problem:unknown-province", "/province");
        assertThat(json(unknown).path("closest").get(0).asText()).isEqualTo("bac-ninh");
        assertThat(plans.size()).isZero();
    }

    /** The checker here refuses a body that says "broken" at two pointers, and accepts any other. */
    @Test
    void aPackCheckIsForAdminsAndABrokenPackNamesEveryProblem() throws Exception {
        services.setChecker(new vn.thidua.rules.RulePackChecker() {
            @Override
            public vn.thidua.rules.PackCheckReport check(byte[] descriptor, String origin, java.util.List<Plan> given) {
                boolean broken = new String(descriptor, java.nio.charset.StandardCharsets.UTF_8).contains("broken");
                return new vn.thidua.rules.PackCheckReport(rules.info(), broken
                        ? java.util.List.of(new vn.thidua.rules.PackProblem("/pack/version", "not a version"),
                                new vn.thidua.rules.PackProblem("/rules/3/type", "unknown rule type"))
                        : java.util.List.of(), broken ? java.util.List.of() : java.util.List.of(2027),
                        given.stream().map(rules::validate).toList(), null, java.util.List.of());
            }

            @Override
            public java.util.Optional<String> scaffold(String provinceCode, int year) {
                return java.util.Optional.empty();
            }
        });
        assertThat(api.call("POST", "rule-packs/check").as("editor").json("format: 1").send().status()).isEqualTo(403);

        Reply broken = api.call("POST", "rule-packs/check").as("admin").json("format: broken").send();
        assertThat(broken.status()).isEqualTo(422);
        assertProblem(broken, "urn:thidua:problem:pack-refused", "/pack/version");
        assertThat(json(broken).path("problems").findValuesAsText("pointer")).containsExactly("/pack/version", "/rules/3/type");

        Reply fine = api.call("POST", "rule-packs/check").as("admin").json("format: 1").send();
        assertThat(fine.status()).isEqualTo(200);
        assertThat(json(fine).path("draftedYears").get(0).asInt()).isEqualTo(2027);
        assertThat(api.call("POST", "rule-packs/check").as("admin").json("").send().status()).isEqualTo(400);
    }

    /**
     * The folder's files over HTTP: admins only, the body's type and size checked before the service is called, and each
     * answer of the service (created, replaced, refused, a bad name, no such file) as its status and problem. The fake folder
     * holds names in memory; it refuses a descriptor that says "broken" and a name that is not "gia-lai-2027.0.0.yaml".
     */
    @Test
    void rulePackFilesAreForAdminsAndEachOutcomeHasItsStatus() throws Exception {
        java.util.Map<String, byte[]> folder = new java.util.TreeMap<>();
        services.setPackFiles(new vn.thidua.rules.files.RulePackFiles() {
            @Override
            public java.util.List<vn.thidua.rules.files.PackFile> files() {
                return folder.entrySet().stream().map(e -> new vn.thidua.rules.files.PackFile(e.getKey(), e.getValue().length,
                        java.time.Instant.EPOCH, rules.info(), null)).toList();
            }

            @Override
            public vn.thidua.rules.files.PackInstall install(String name, byte[] descriptor) {
                if (!name.equals("gia-lai-2027.0.0.yaml")) {
                    throw new vn.thidua.rules.files.PackFileException(vn.thidua.rules.files.PackFileException.Reason.INVALID_NAME, "bad name " + name);
                }
                boolean broken = new String(descriptor, StandardCharsets.UTF_8).contains("broken");
                vn.thidua.rules.PackCheckReport report = new vn.thidua.rules.PackCheckReport(rules.info(), broken
                        ? java.util.List.of(new vn.thidua.rules.PackProblem("/pack/validFrom", "not a date")) : java.util.List.of(),
                        java.util.List.of(2027), java.util.List.of(), "gia-lai@2025.7.0", java.util.List.of());
                if (broken) {
                    return new vn.thidua.rules.files.PackInstall(vn.thidua.rules.files.PackInstall.Outcome.REFUSED, name, report, null, null);
                }
                boolean existed = folder.put(name, descriptor) != null;
                return new vn.thidua.rules.files.PackInstall(existed ? vn.thidua.rules.files.PackInstall.Outcome.REPLACED
                        : vn.thidua.rules.files.PackInstall.Outcome.CREATED, name, report, "gia-lai@2027.0.0", java.time.LocalDate.of(2027, 1, 1));
            }

            @Override
            public vn.thidua.rules.files.PackRemoval remove(String name) {
                if (folder.remove(name) == null) {
                    throw new vn.thidua.rules.files.PackFileException(vn.thidua.rules.files.PackFileException.Reason.NOT_FOUND, "no file " + name);
                }
                return new vn.thidua.rules.files.PackRemoval(new vn.thidua.rules.files.PackFile(name, 1, java.time.Instant.EPOCH,
                        rules.info(), null), "gia-lai@2025.7.0", java.time.LocalDate.of(2027, 1, 1));
            }

            @Override
            public long maxPackBytes() {
                return 2000;
            }
        });
        String path = "rule-packs/files/gia-lai-2027.0.0.yaml";
        byte[] yaml = "format: 1 # Kế hoạch".getBytes(StandardCharsets.UTF_8);
        assertThat(api.call("PUT", path).as("editor").body("application/yaml", yaml).send().status()).isEqualTo(403);
        assertThat(api.call("GET", "rule-packs/files").as("viewer").send().status()).isEqualTo(403);
        assertThat(api.call("DELETE", path).as("editor").send().status()).isEqualTo(403);

        Reply wrongType = api.call("PUT", path).as("admin").body("text/html", yaml).send();
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.type()).isEqualTo("application/problem+json");
        assertThat(json(wrongType).path("field").asText()).isEqualTo("Content-Type");
        Reply tooLarge = api.call("PUT", path).as("admin").chunked("application/yaml", new byte[2001]).send();
        assertThat(tooLarge.status()).isEqualTo(413);
        assertProblem(tooLarge, "urn:thidua:problem:body-too-large", null);
        Reply badName = api.call("PUT", "rule-packs/files/x.yaml").as("admin").body("application/yaml", yaml).send();
        assertThat(badName.status()).isEqualTo(400);
        assertProblem(badName, "urn:thidua:problem:invalid-value", "name");
        Reply refused = api.call("PUT", path).as("admin").body("application/yaml", "broken".getBytes(StandardCharsets.UTF_8)).send();
        assertThat(refused.status()).isEqualTo(422);
        assertProblem(refused, "urn:thidua:problem:pack-refused", "/pack/validFrom");
        assertThat(folder).isEmpty();

        Reply created = api.call("PUT", path).as("admin").body("application/yaml; charset=utf-8", yaml).send();
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/" + path);
        assertThat(json(created).path("inForce").asText()).isEqualTo("gia-lai@2027.0.0");
        assertThat(json(created).path("inForceOn").asText()).isEqualTo("2027-01-01");
        assertThat(folder.get("gia-lai-2027.0.0.yaml")).isEqualTo(yaml);
        assertThat(api.call("PUT", path).as("admin").body("application/json", yaml).send().status()).isEqualTo(200);
        JsonNode listed = json(api.call("GET", "rule-packs/files").as("admin").send());
        assertThat(listed.path("maxPackBytes").asLong()).isEqualTo(2000);
        assertThat(listed.path("items").findValuesAsText("name")).containsExactly("gia-lai-2027.0.0.yaml");

        Reply removed = api.call("DELETE", path).as("admin").send();
        assertThat(removed.status()).isEqualTo(200);
        assertThat(json(removed).path("inForce").asText()).isEqualTo("gia-lai@2025.7.0");
        Reply gone = api.call("DELETE", path).as("admin").send();
        assertThat(gone.status()).isEqualTo(404);
        assertProblem(gone, "urn:thidua:problem:not-found", "name");
    }

    @Test
    void theProvinceMapAndOneCodesLineage() throws Exception {
        assertThat(json(api.call("GET", "provinces?date=2025-07-01").as("viewer").send()).size()).isEqualTo(34);
        assertThat(json(api.call("GET", "provinces?date=2025-06-30").as("viewer").send()).size()).isEqualTo(63);
        JsonNode bacNinh = json(api.call("GET", "provinces/bac-ninh").as("viewer").send());
        assertThat(bacNinh.path("lineage").toString()).isEqualTo("[\"bac-giang\",\"bac-ninh\"]");
        assertThat(bacNinh.path("periods").get(0).path("successor").asText()).isEqualTo("bac-ninh");
        assertThat(bacNinh.path("periods").get(1).path("from").asText()).isEqualTo("2025-07-01");
        JsonNode bacGiang = json(api.call("GET", "provinces/bac-giang").as("viewer").send());
        assertThat(bacGiang.path("periods").get(0).path("to").asText()).isEqualTo("2025-06-30");
        assertThat(bacGiang.path("periods").get(0).path("sources").size()).isPositive();
        assertProblem(api.call("GET", "provinces/atlantis").as("viewer").send(), "urn:thidua:problem:unknown-province",
                "/province/code");
    }

    @Test
    void aPostedPlanOfAProvinceWithoutAPackNamesTheProvince() throws Exception {
        String elsewhere = planJson.replace("\"code\": \"gia-lai\"", "\"code\": \"ha-noi\"");
        Reply reply = api.call("POST", "plans/validation").as("viewer").json(elsewhere).send();
        assertThat(reply.status()).isEqualTo(409);
        assertProblem(reply, "urn:thidua:problem:no-rule-pack", "/province/code");
    }

    /** The store's status rules answer through the facade: the findings, no pack, or no rules at all. */
    @Test
    void aStatusTheStoreRefusesIsAProblemNamingWhy() throws Exception {
        Reply issued = api.call("POST", "plans?status=ISSUED").as("editor").json(planJson).send();
        assertThat(issued.status()).isEqualTo(409);
        assertProblem(issued, "urn:thidua:problem:plan-not-valid", "/number");
        assertThat(json(issued).path("rulePack").asText()).isEqualTo("gia-lai@1.0.0");
        assertThat(json(issued).path("findings").findValuesAsText("ruleId"))
                .containsExactly("number-registered", "issued-needs-number", "issued-needs-date");

        String elsewhere = planJson.replace("\"code\": \"gia-lai\"", "\"code\": \"ha-noi\"");
        assertProblem(api.call("POST", "plans?status=VALIDATED").as("editor").json(elsewhere).send(),
                "urn:thidua:problem:no-rule-pack", "/province/code");
        assertThat(api.call("POST", "plans?status=DRAFT").as("editor").json(elsewhere).send().status()).isEqualTo(201);

        services.setPlans(new InMemoryPlans(new RulePackStatusRules(null)));
        Reply noRules = api.call("POST", "plans?status=VALIDATED").as("editor").json(planJson).send();
        assertThat(noRules.status()).isEqualTo(503);
        assertProblem(noRules, "urn:thidua:problem:service-unavailable", null);
        assertThat(json(noRules).path("service").asText()).isEqualTo("rule packs");
        assertThat(plans.size()).isEqualTo(1);
    }

    @Test
    void aFailingDatabaseIs503AndAnUnexpectedFailure500WithoutTheirMessages() throws Exception {
        RuntimeException databaseDown = new StoreUnavailableException(
                "Plan x was not saved: Connection refused to host db:5432 user=thidua", null);
        services.setPlans(failing(databaseDown));
        Reply down = api.call("GET", "plans").as("viewer").send();
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.header("Retry-After")).isEqualTo("5");
        assertProblem(down, "urn:thidua:problem:store-unavailable", null);
        assertThat(down.body()).doesNotContain("5432").doesNotContain("thidua\"");

        services.setPlans(failing(new IllegalStateException("org.hibernate.exception.JDBCConnectionException: secret")));
        Reply broken = api.call("GET", "plans/x").as("viewer").send();
        assertThat(broken.status()).isEqualTo(500);
        assertProblem(broken, "urn:thidua:problem:internal-error", null);
        assertThat(broken.body()).doesNotContain("secret").doesNotContain("hibernate")
                .contains(json(broken).path("incident").asText());
    }

    /** A plan in schema 1, as today's clients send it, is taken and answered in schema 2. */
    @Test
    void aSchema1PlanIsAcceptedAndAnsweredInSchema2() throws Exception {
        String v1 = Fixtures.v1Json(GIA_LAI);
        assertThat(JSON.readTree(v1).has("schemaVersion")).isFalse();
        Reply created = api.call("POST", "plans").as("editor").json(v1).send();
        assertThat(created.status()).isEqualTo(201);
        String id = json(created).path("id").asText();
        JsonNode answered = json(api.call("GET", "plans/" + id).as("viewer").send()).path("plan");
        assertThat(answered.path("schemaVersion").asInt()).isEqualTo(Plan.SCHEMA_VERSION);
        assertThat(answered.at("/issuer/kind").asText()).isEqualTo("BOARD");
        // the schema 1 document as the upgrade reads it (the schema 2 fixture was re-encoded since, with more typed)
        assertThat(new PlanJson().read(answered.toString())).isEqualTo(Fixtures.v1(GIA_LAI));
        assertThat(api.call("PUT", "plans/" + id).as("editor").header("If-Match", "\"1\"").json(v1).send().status())
                .isEqualTo(200);
        // a schema 1 body is judged as strictly, its errors named by the same pointers
        Reply year = api.call("POST", "plans").as("editor").json(v1.replaceFirst("\"year\": \\d+", "\"year\": 2025.5")).send();
        assertProblem(year, "urn:thidua:problem:invalid-plan", "/year");
        Reply version = api.call("POST", "plans").as("editor").json(planJson.replace("\"schemaVersion\": 2", "\"schemaVersion\": 3")).send();
        assertProblem(version, "urn:thidua:problem:invalid-plan", "/schemaVersion");
        assertThat(json(version).path("detail").asText()).isEqualTo("/schemaVersion: must be 1 or 2, was '3'");
        assertThat(plans.size()).isEqualTo(1);
    }

    @Test
    void badBodiesAreRefusedAndStoreNothing() throws Exception {
        // Not JSON is malformed JSON whatever the endpoint, named where it broke off.
        assertProblem(api.call("POST", "plans").as("editor").json("{\"province\": ").send(), "urn:thidua:problem:malformed-json",
                "/province");
        Reply code = api.call("POST", "plans").as("editor").json(planJson.replace("\"code\": \"gia-lai\"", "\"code\": \"Gia Lai\"")).send();
        assertProblem(code, "urn:thidua:problem:invalid-plan", "/province/code");
        assertThat(json(code).path("detail").asText())
                .isEqualTo("/province/code: must be lower-case ASCII words joined by '-' (gia-lai), was 'Gia Lai'");
        // A plan's year says what a whole number is in the words of any other body.
        for (String year : new String[] {"2025.5", "\"2025.5\"", "\"2025\"", "true"}) {
            Reply asPlan = api.call("POST", "plans").as("editor").json(planJson.replaceFirst("\"year\": \\d+", "\"year\": " + year)).send();
            Reply asDraft = api.call("POST", "plans/drafts").as("editor").json("{\"province\":\"gia-lai\",\"year\":" + year + "}").send();
            assertProblem(asPlan, "urn:thidua:problem:invalid-plan", "/year");
            assertThat(json(asPlan).path("detail").asText()).startsWith("/year: must be a whole number, was ")
                    .isEqualTo(json(asDraft).path("detail").asText());
        }
        Reply type = api.call("POST", "plans").as("editor").body("text/plain", planJson.getBytes(StandardCharsets.UTF_8)).send();
        assertThat(type.status()).isEqualTo(415);
        assertThat(type.type()).isEqualTo("application/problem+json");
        assertThat(api.call("GET", "plans?year=abc").as("viewer").send().status()).isEqualTo(400);
        assertProblem(api.call("GET", "plans?limit=501").as("viewer").send(), "urn:thidua:problem:invalid-value", "limit");
        assertThat(plans.size()).isZero();
    }

    @Test
    void aBodyOverTheLimitGets413() throws Exception {
        InMemoryApi small = new InMemoryApi(services, 1000);
        Reply reply = small.call("POST", "plans").as("editor").json(planJson).send();
        assertThat(reply.status()).isEqualTo(413);
        assertThat(json(reply).path("limit").asLong()).isEqualTo(1000);
        // Unannounced, the excess is found while the JSON reader is inside a value (past its first
        // buffer of 8000 bytes), and the reader wraps it: still 413, not a JSON error.
        InMemoryApi limited = new InMemoryApi(services, 10_000);
        byte[] bytes = planJson.getBytes(StandardCharsets.UTF_8);
        assertProblem(limited.call("POST", "plans").as("editor").chunked("application/json", bytes).send(),
                "urn:thidua:problem:body-too-large", null);
        String province = "{\"province\":\"" + "a".repeat(20_000) + "\",\"year\":2025}";
        assertProblem(limited.call("POST", "plans/drafts").as("editor")
                .chunked("application/json", province.getBytes(StandardCharsets.UTF_8)).send(), "urn:thidua:problem:body-too-large", null);
        assertThat(plans.size()).isZero();
    }

    @Test
    void documentsByFormatOrAccept() throws Exception {
        String id = json(api.call("POST", "plans").as("editor").json(planJson).send()).path("id").asText();
        Reply md = api.call("GET", "plans/" + id + "/document?format=md").as("viewer").send();
        assertThat(md.status()).isEqualTo(200);
        assertThat(md.type()).isEqualTo("text/markdown;charset=UTF-8");
        assertThat(md.header("Content-Disposition")).isEqualTo("attachment; filename=\"KH-2023.md\"");
        assertThat(md.body()).startsWith("# Triển khai công tác thi đua");
        assertThat(api.call("GET", "plans/" + id + "/document").as("viewer").header("Accept", "text/markdown").send().status())
                .isEqualTo(200);
        assertThat(api.call("GET", "plans/" + id + "/document").as("viewer").header("Accept", "application/pdf").send().status())
                .isEqualTo(406);
        assertProblem(api.call("GET", "plans/" + id + "/document?format=pdf").as("viewer").send(),
                "urn:thidua:problem:unknown-format", "format");
        assertThat(api.call("GET", "plans/nope/document?format=md").as("viewer").send().status()).isEqualTo(404);
    }

    /** The tag is of the content: an equal plan stored twice has one tag, a changed one another. */
    @Test
    void aDocumentStillMatchingIfNoneMatchIsNotSentAgain() throws Exception {
        String id = json(api.call("POST", "plans").as("editor").json(planJson).send()).path("id").asText();
        Reply first = api.call("GET", "plans/" + id + "/document?format=md").as("viewer").send();
        String tag = first.header("ETag");
        assertThat(tag).matches("\"[0-9a-f]{32}\"");
        assertThat(first.header("Vary")).isEqualTo("Accept");

        Reply unchanged = api.call("GET", "plans/" + id + "/document?format=md").as("viewer").header("If-None-Match", tag).send();
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(unchanged.header("ETag")).isEqualTo(tag);
        assertThat(api.call("GET", "plans/" + id + "/document?format=md").as("viewer").header("If-None-Match", "\"other\"").send()
                .status()).isEqualTo(200);

        String same = json(api.call("POST", "plans").as("editor").json(planJson).send()).path("id").asText();
        assertThat(api.call("GET", "plans/" + same + "/document?format=md").as("viewer").send().header("ETag")).isEqualTo(tag);
        String changedJson = planJson.replace("Triển khai công tác thi đua", "Triển khai lại công tác thi đua");
        assertThat(changedJson).isNotEqualTo(planJson);
        String changed = json(api.call("POST", "plans").as("editor").json(changedJson).send()).path("id").asText();
        Reply other = api.call("GET", "plans/" + changed + "/document?format=md").as("viewer").header("If-None-Match", tag).send();
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.header("ETag")).isNotEqualTo(tag);
        assertThat(api.call("GET", "plans/nope/document?format=md").as("viewer").header("If-None-Match", tag).send().status())
                .isEqualTo(404);
    }

    @Test
    void tasksAreListedAndUpdated() throws Exception {
        String id = json(api.call("POST", "plans").as("editor").json(planJson).send()).path("id").asText();
        assertThat(json(api.call("GET", "plans/" + id + "/tasks").as("viewer").send()).size()).isEqualTo(plan.tasks().size());
        Reply updated = api.call("PUT", "plans/" + id + "/tasks/1/status").as("editor").json("{\"status\":\"IN_PROGRESS\"}").send();
        assertThat(json(updated).path("status").asText()).isEqualTo("IN_PROGRESS");
        assertProblem(api.call("PUT", "plans/" + id + "/tasks/1/status").as("editor").json("{\"status\":\"DONE\"}").send(),
                "urn:thidua:problem:invalid-value", "/completedOn");
        Reply unknown = api.call("PUT", "plans/" + id + "/tasks/1/status").as("editor").json("{\"status\":\"FINISHED\"}").send();
        assertProblem(unknown, "urn:thidua:problem:invalid-value", "/status");
        assertThat(json(unknown).path("detail").asText())
                .isEqualTo("/status: must be one of [NOT_STARTED, IN_PROGRESS, DONE], was 'FINISHED'");
        assertProblem(api.call("PUT", "plans/" + id + "/tasks/1/status").as("editor")
                .json("{\"status\":\"DONE\",\"completedOn\":\"2024-02-30\"}").send(), "urn:thidua:problem:invalid-value", "/completedOn");
        assertProblem(api.call("GET", "plans/nope/tasks").as("viewer").send(), "urn:thidua:problem:not-found", null);
        JsonNode due = json(api.call("GET", "tasks?status=IN_PROGRESS&province=gia-lai").as("viewer").send());
        assertThat(due.path("total").asInt()).isEqualTo(1);
        assertProblem(api.call("GET", "tasks?dueBefore=30/6/2024").as("viewer").send(), "urn:thidua:problem:invalid-value", "dueBefore");
    }

    @Test
    void rulePacks() throws Exception {
        assertThat(json(api.call("GET", "rule-packs").as("viewer").send()).get(0).path("id").asText()).isEqualTo("gia-lai@1.0.0");
        assertThat(json(api.call("GET", "rule-packs/gia-lai@1.0.0").as("viewer").send()).path("rules").get(0).path("id").asText())
                .isEqualTo("number-registered");
        assertThat(api.call("GET", "rule-packs/in-force?province=gia-lai&date=2024-05-01").as("viewer").send().status()).isEqualTo(200);
        assertThat(api.call("GET", "rule-packs/in-force?province=gia-lai&date=1999-05-01").as("viewer").send().status()).isEqualTo(404);
        assertThat(api.call("GET", "rule-packs/none").as("viewer").send().status()).isEqualTo(404);
    }

    @Test
    void anAbsentServiceAnswers503AndTheOthersStillWork() throws Exception {
        services.unsetPlans(plans);
        Reply reply = api.call("GET", "plans").as("viewer").send();
        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.header("Retry-After")).isEqualTo("5");
        assertThat(json(reply).path("service").asText()).isEqualTo("plan store");
        assertThat(api.call("GET", "rule-packs").as("viewer").send().status()).isEqualTo(200);
        assertThat(api.call("GET", "health").send().status()).isEqualTo(503);
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() throws Exception {
        assertProblem(api.call("GET", "nothing").as("viewer").send(), "about:blank", null);
        Reply method = api.call("PATCH", "plans").as("viewer").send();
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.type()).isEqualTo("application/problem+json");
        assertThat(api.call("GET", "plans").as("viewer").header("Accept", "text/csv").send().status()).isEqualTo(406);
    }

    @Test
    void theOpenApiDocumentListsEveryEndpoint() throws Exception {
        JsonNode document = json(api.call("GET", "openapi.json").as("viewer").send());
        assertThat(document.path("openapi").asText()).startsWith("3.");
        assertThat(document.path("paths").fieldNames()).toIterable().contains("/plans", "/plans/{id}", "/plans/drafts",
                "/plans/validation", "/plans/{id}/copies", "/plans/{id}/document", "/plans/{id}/tasks/{number}/status", "/tasks", "/rule-packs",
                "/rule-packs/in-force", "/health");
        assertThat(document.path("components").path("schemas").has("Plan")).isTrue();
    }

    private static void assertProblem(Reply reply, String type, String field) throws Exception {
        assertThat(reply.type()).isEqualTo("application/problem+json");
        JsonNode problem = json(reply);
        assertThat(problem.path("type").asText()).isEqualTo(type);
        assertThat(problem.path("status").asInt()).isEqualTo(reply.status());
        assertThat(problem.path("title").asText()).isNotEmpty();
        if (field != null) {
            assertThat(problem.path("field").asText()).isEqualTo(field);
        }
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("java.");
    }

    /** A plan store whose every call fails with {@code failure}. */
    private static PlanRepository failing(RuntimeException failure) {
        return (PlanRepository) Proxy.newProxyInstance(ApiTest.class.getClassLoader(), new Class<?>[] {PlanRepository.class},
                (proxy, method, args) -> {
                    throw failure;
                });
    }

    private static JsonNode json(Reply reply) throws Exception {
        return JSON.readTree(reply.body());
    }

    private static String b64(String text) {
        return java.util.Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
