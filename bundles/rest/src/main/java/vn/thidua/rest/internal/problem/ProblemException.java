package vn.thidua.rest.internal.problem;

import java.util.Map;

import javax.ws.rs.WebApplicationException;

/** Ends a request with a problem; thrown by resources and filters, written by {@link ProblemMapper}. */
public class ProblemException extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;
    private final transient Map<String, String> headers;

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    public ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.detail(), problem.status());
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    public Problem problem() {
        return problem;
    }

    /** Headers the response must carry, such as {@code WWW-Authenticate} or {@code Retry-After}. */
    public Map<String, String> headers() {
        return headers;
    }

    public static ProblemException badRequest(String field, String detail) {
        return new ProblemException(Problem.of("invalid-value", "Invalid value", 400, detail).withField(field));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of("not-found", "Not found", 404, detail));
    }
}
