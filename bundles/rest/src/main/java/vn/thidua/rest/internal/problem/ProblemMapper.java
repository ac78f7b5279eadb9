package vn.thidua.rest.internal.problem;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import javax.ws.rs.NotAllowedException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.export.UnknownFormatException;
import vn.thidua.plan.IssuerKind;
import vn.thidua.plan.PlanFormatException;
import vn.thidua.plan.PlanKind;
import vn.thidua.plan.json.JsonInputError;
import vn.thidua.plan.province.DissolvedProvinceException;
import vn.thidua.plan.province.ProvinceUnit;
import vn.thidua.plan.province.UnknownProvinceException;
import vn.thidua.plan.store.InvalidRequestException;
import vn.thidua.plan.store.PlanNotFoundException;
import vn.thidua.plan.store.PlanStateConflictException;
import vn.thidua.plan.store.StaleVersionException;
import vn.thidua.plan.store.StoreUnavailableException;
import vn.thidua.plan.store.status.NoRulePackInForceException;
import vn.thidua.plan.store.status.PlanNotValidException;
import vn.thidua.plan.store.status.RulePacksUnavailableException;
import vn.thidua.rules.NoRulePackException;

/**
 * Turns every exception that leaves a resource or a filter into a problem+json response. The
 * catch-all case logs the exception under an incident id and tells the client only that id: no
 * stack trace, no class name, no message of an unexpected exception reaches the client.
 */
public final class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    private final ObjectMapper json;

    public ProblemMapper(ObjectMapper json) {
        // Every text of a problem, its detail, field or a finding's value, is held short (QuotedInput).
        this.json = json.copy().registerModule(new SimpleModule("problem-texts").addSerializer(String.class,
                new StdSerializer<String>(String.class) {
                    @Override
                    public void serialize(String value, JsonGenerator generator, SerializerProvider provider) throws IOException {
                        generator.writeString(QuotedInput.shorten(value));
                    }
                }));
    }

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof ProblemException known) {
            return response(known.problem(), known.headers());
        }
        if (exception instanceof WebApplicationException web) {
            return fromStatus(web);
        }
        Problem problem = problemOf(exception);
        return response(problem, problem.status() == 503 ? Map.of(HttpHeaders.RETRY_AFTER, "5") : Map.of());
    }

    /** The problem for an exception of the services or of JSON reading, or an incident for any other. */
    Problem problemOf(Throwable exception) {
        // Our own verdict first, however deep: a body over the limit is found while a JSON reader
        // reads it, and that reader wraps what its stream threw into an error of its own.
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException p) {
                return p.problem();
            }
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            Problem problem = known(cause);
            if (problem != null) {
                return problem;
            }
        }
        String incident = incident(exception);
        return Problem.of("internal-error", "Internal error", 500,
                "The server could not complete the request; the administrator can find incident " + incident
                        + " in the log").with("incident", incident);
    }

    private static Problem known(Throwable cause) {
        if (cause instanceof IOException && cause.getCause() instanceof TimeoutException) {
            // Jetty's idle timeout, while the body was read: a client that announced a body and stopped sending it.
            return Problem.of("request-timeout", "Request timeout", 408,
                    "The body did not come in time: the server stopped waiting for the rest of it");
        }
        if (cause instanceof PlanFormatException f) {
            return f.malformed() ? malformed(f.field(), f.reason())
                    : Problem.of("invalid-plan", "Invalid plan document", 400, detail(f.field(), f.reason())).withField(f.field());
        }
        if (cause instanceof InvalidRequestException r) {
            return Problem.of("invalid-value", "Invalid value", 400, cause.getMessage()).withField(r.field());
        }
        if (cause instanceof PlanNotFoundException) {
            return Problem.of("not-found", "Not found", 404, cause.getMessage());
        }
        if (cause instanceof StaleVersionException s) {
            return staleVersion(s);
        }
        if (cause instanceof PlanStateConflictException c) {
            return stateConflict(c);
        }
        if (cause instanceof StoreUnavailableException) {
            return storeUnavailable(cause);
        }
        if (cause instanceof PlanNotValidException v) {
            return planNotValid(v);
        }
        if (cause instanceof NoRulePackInForceException n) {
            return noRulePack(n.provinceCode(), n.date()).withField(n.field());
        }
        if (cause instanceof RulePacksUnavailableException) {
            return Problem.of("service-unavailable", "Service unavailable", 503, cause.getMessage()).with("service", "rule packs");
        }
        Problem province = provinceProblem(cause);
        if (province != null) {
            return province;
        }
        if (cause instanceof NoRulePackException n) {
            return noRulePack(n).withField(n.pointer());
        }
        if (cause instanceof UnknownFormatException u) {
            return Problem.of("unknown-format", "Unknown document format", 400, cause.getMessage()).withField("format")
                    .with("available", u.available());
        }
        if (cause instanceof JsonProcessingException j) {
            return jsonProblem(j);
        }
        return null;
    }

    /**
     * 400 for a province code nothing knows (with the closest known codes), 409 for a province that had ended
     * by the plan's date (with its successor), both at {@code /province/code}; {@code null} for anything else.
     */
    public static Problem provinceProblem(Throwable cause) {
        if (cause instanceof UnknownProvinceException u) {
            return Problem.of("unknown-province", "Unknown province", 400, cause.getMessage())
                    .withField(UnknownProvinceException.POINTER)
                    .with("closest", u.closest().stream().map(ProvinceUnit::code).toList());
        }
        if (cause instanceof DissolvedProvinceException d) {
            return Problem.of("dissolved-province", "Province no longer exists", 409, cause.getMessage())
                    .withField(UnknownProvinceException.POINTER)
                    .with("province", d.code()).with("date", String.valueOf(d.date()))
                    .with("successor", d.successor().code()).with("successorName", d.successor().name());
        }
        return null;
    }

    /** 412: another writer changed the plan since the caller read it. */
    public static Problem staleVersion(StaleVersionException e) {
        return Problem.of("stale-version", "Stale version", 412, e.getMessage()).withField(HttpHeaders.IF_MATCH)
                .with("currentVersion", e.actual());
    }

    /**
     * 409 naming no field; the caller names the field at fault: a plan's value the registry or the
     * store named, or a request's field ({@code NoPack}).
     */
    public static Problem noRulePack(NoRulePackException e) {
        if (e.issuer() == null || e.issuer() == IssuerKind.BOARD && e.kind() == PlanKind.YEARLY) {
            return noRulePack(e.provinceCode(), e.date());
        }
        // A pack is chosen by issuer and plan kind too: say which, so the client sees what it asked for.
        return Problem.of("no-rule-pack", "No rule pack in force", 409,
                "No rule pack is in force for province '" + e.provinceCode() + "', issuer " + e.issuer() + ", plan kind "
                        + e.kind() + " on " + e.date())
                .with("province", e.provinceCode()).with("issuer", e.issuer().name()).with("kind", e.kind().name())
                .with("date", String.valueOf(e.date()));
    }

    private static Problem noRulePack(String province, LocalDate date) {
        return Problem.of("no-rule-pack", "No rule pack in force", 409,
                "No rule pack is in force for province '" + province + "' on " + date)
                .with("province", province).with("date", String.valueOf(date));
    }

    /** 409: the plan has errors that keep it from the status asked for; the findings say which, the first names the field. */
    private static Problem planNotValid(PlanNotValidException e) {
        return Problem.of("plan-not-valid", "Plan not valid", 409, e.getMessage()).withField(e.findings().get(0).pointer())
                .with("rulePack", e.rulePackId()).with("findings", e.findings());
    }

    /** 409: a write to a deleted plan (restore it first), or a restore of a live one. */
    private static Problem stateConflict(PlanStateConflictException e) {
        if (e.deleted()) {
            return Problem.of("plan-deleted", "Plan deleted", 409, "Plan " + e.planId() + " is deleted; restore it (POST /plans/"
                    + e.planId() + "/restore) before changing it");
        }
        return Problem.of("not-deleted", "Plan not deleted", 409, "Plan " + e.planId() + " is not deleted: there is nothing to restore");
    }

    /**
     * 503: the store's database failed the request; nothing was changed, and the client may try
     * again. Its message can carry the database's words, so it goes to the log only.
     */
    private static Problem storeUnavailable(Throwable cause) {
        String incident = incident(cause);
        return Problem.of("store-unavailable", "Plan store unavailable", 503,
                "The plan store's database failed the request and nothing was changed; try again later (incident "
                        + incident + ")").with("incident", incident);
    }

    private static String incident(Throwable exception) {
        String incident = UUID.randomUUID().toString();
        LOG.error("Request failed: incident {}", incident, exception);
        return incident;
    }

    /** A body that is not JSON, or JSON that does not fit: the field and what it takes, as plans and packs say it. */
    private static Problem jsonProblem(JsonProcessingException e) {
        JsonInputError error = JsonInputError.of(e);
        return error.malformed() ? malformed(error.pointer(), error.reason())
                : Problem.of("invalid-value", "Invalid value", 400, detail(error.pointer(), error.reason()))
                        .withField(error.pointer());
    }

    private static Problem malformed(String pointer, String reason) {
        return Problem.of("malformed-json", "Malformed JSON", 400, "The body is " + reason).withField(pointer);
    }

    /** {@code /year: must be a whole number, was '2025.5'}; the whole body is "the body". */
    private static String detail(String pointer, String reason) {
        return (pointer.isEmpty() ? "the body" : pointer) + ": " + reason;
    }

    private Response fromStatus(WebApplicationException web) {
        Response original = web.getResponse();
        int status = original.getStatus();
        String detail;
        switch (status) {
            case 403:
                detail = "The caller's roles do not allow this request (viewer reads, editor writes plans and tasks, admin administers)";
                break;
            case 404:
                detail = "There is nothing at this address";
                break;
            case 405:
                detail = "This method is not allowed here; allowed: " + allowed(web);
                break;
            case 406:
                detail = "None of the media types in Accept can be produced here";
                break;
            case 415:
                detail = "The body's Content-Type is not accepted here; send application/json";
                break;
            default:
                detail = status >= 500 ? "The server could not complete the request" : Problem.reason(status);
                if (status >= 500) {
                    LOG.warn("Request ended with HTTP {}", status, web);
                }
        }
        Map<String, String> headers = original.getHeaderString(HttpHeaders.ALLOW) == null ? Map.of()
                : Map.of(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW));
        return response(Problem.of(status, detail), headers);
    }

    private static String allowed(WebApplicationException web) {
        if (web instanceof NotAllowedException) {
            String allow = web.getResponse().getHeaderString(HttpHeaders.ALLOW);
            return allow == null ? "" : allow;
        }
        return List.of().toString();
    }

    public Response response(Problem problem, Map<String, String> headers) {
        Response.ResponseBuilder builder = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(write(problem));
        headers.forEach(builder::header);
        return builder.build();
    }

    /** The problem as UTF-8 JSON bytes, so no message body writer has to agree with the client's Accept. */
    public byte[] write(Problem problem) {
        try {
            return json.writeValueAsBytes(problem.members());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem could not be written", e);
        }
    }
}
