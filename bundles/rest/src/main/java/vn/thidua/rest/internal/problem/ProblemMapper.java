package vn.thidua.rest.internal.problem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.ws.rs.NotAllowedException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import vn.thidua.export.UnknownFormatException;
import vn.thidua.plan.PlanFormatException;
import vn.thidua.plan.store.InvalidRequestException;
import vn.thidua.plan.store.PlanNotFoundException;
import vn.thidua.plan.store.StaleVersionException;
import vn.thidua.plan.store.StoreException;
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
        this.json = json;
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
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            Problem problem = known(cause);
            if (problem != null) {
                return problem;
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.error("Request failed: incident {}", incident, exception);
        return Problem.of("internal-error", "Internal error", 500,
                "The server could not complete the request; the administrator can find incident " + incident
                        + " in the log").with("incident", incident);
    }

    private static Problem known(Throwable cause) {
        if (cause instanceof ProblemException p) {
            return p.problem();
        }
        if (cause instanceof PlanFormatException f) {
            return Problem.of("invalid-plan", "Invalid plan document", 400, cause.getMessage()).withField(f.field());
        }
        if (cause instanceof InvalidRequestException r) {
            return Problem.of("invalid-value", "Invalid value", 400, cause.getMessage()).withField(r.field());
        }
        if (cause instanceof PlanNotFoundException) {
            return Problem.of("not-found", "Not found", 404, cause.getMessage());
        }
        if (cause instanceof StaleVersionException s) {
            return Problem.of("stale-version", "Stale version", 412, cause.getMessage()).withField(HttpHeaders.IF_MATCH)
                    .with("currentVersion", s.actual());
        }
        if (cause instanceof StoreException) {
            return Problem.of("conflict", "Conflict", 409, cause.getMessage());
        }
        if (cause instanceof NoRulePackException n) {
            return Problem.of("no-rule-pack", "No rule pack in force", 409, cause.getMessage())
                    .with("province", n.provinceCode()).with("date", String.valueOf(n.date()));
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

    private static Problem jsonProblem(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            return Problem.of("malformed-json", "Malformed JSON", 400, "The body is not valid JSON" + where).withField("");
        }
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            pointer.append('/').append(ref.getFieldName() != null
                    ? ref.getFieldName().replace("~", "~0").replace("/", "~1")
                    : Integer.toString(ref.getIndex()));
        }
        String detail = e instanceof UnrecognizedPropertyException u
                ? "unknown field '" + u.getPropertyName() + "'"
                : mapping.getOriginalMessage().lines().findFirst().orElse("invalid value");
        return Problem.of("invalid-value", "Invalid value", 400, pointer + ": " + detail).withField(pointer.toString());
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
