package vn.thidua.rest.internal.problem;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import javax.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail: what the client gets instead of a stack trace.
 *
 * @param type       a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param title      a short summary of the kind of problem, the same for every occurrence
 * @param status     the HTTP status
 * @param detail     what went wrong this time, for people
 * @param field      the JSON Pointer of the body field or the name of the parameter or header at fault, or null
 * @param extensions further members ({@code findings}, {@code available} …), written after the standard ones
 */
public record Problem(String type, String title, int status, String detail, String field, Map<String, Object> extensions) {

    /** The media type of problem bodies. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private static final String TYPE_PREFIX = "urn:thidua:problem:";

    public Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        extensions = extensions == null ? Map.of() : new LinkedHashMap<>(extensions);
    }

    /** A problem whose kind is only its HTTP status ({@code about:blank}, titled with the status phrase). */
    public static Problem of(int status, String detail) {
        return new Problem("about:blank", reason(status), status, detail, null, Map.of());
    }

    /** A problem of a kind of ours, {@code urn:thidua:problem:<kind>}. */
    public static Problem of(String kind, String title, int status, String detail) {
        return new Problem(TYPE_PREFIX + kind, title, status, detail, null, Map.of());
    }

    public Problem withField(String name) {
        return new Problem(type, title, status, detail, name, extensions);
    }

    public Problem with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(name, value);
        return new Problem(type, title, status, detail, field, more);
    }

    /** The members in the order they are written: the standard ones, {@code field}, then the extensions. */
    public Map<String, Object> members() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", type);
        members.put("title", title);
        members.put("status", status);
        if (detail != null) {
            members.put("detail", detail);
        }
        if (field != null) {
            members.put("field", field);
        }
        members.putAll(extensions);
        return members;
    }

    static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        switch (status) {
            case 413:
                return "Content Too Large";
            case 428:
                return "Precondition Required";
            case 422:
                return "Unprocessable Content";
            default:
                return "HTTP " + status;
        }
    }
}
