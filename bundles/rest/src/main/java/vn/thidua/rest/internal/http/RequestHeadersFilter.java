package vn.thidua.rest.internal.http;

import java.util.Set;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;

import vn.thidua.rest.internal.problem.Problem;
import vn.thidua.rest.internal.problem.ProblemException;

/**
 * The headers every resource relies on, checked once for all of them (ours and those of other
 * bundles) before anything reads them: a {@code Content-Type} or {@code Accept} that cannot be
 * parsed is a 400 naming the header (Jersey answered with an empty 400), and a body sent without
 * {@code Content-Type} is a 415 (it was read as JSON).
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class RequestHeadersFilter implements ContainerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");

    @Override
    public void filter(ContainerRequestContext request) {
        try {
            request.getMediaType();
        } catch (RuntimeException e) {
            throw ProblemException.badRequest(HttpHeaders.CONTENT_TYPE,
                    "Content-Type must be a media type such as application/json, was '" + request.getHeaderString(HttpHeaders.CONTENT_TYPE) + "'");
        }
        try {
            request.getAcceptableMediaTypes();
        } catch (RuntimeException e) {
            throw ProblemException.badRequest(HttpHeaders.ACCEPT, "Accept must be a list of media types such as"
                    + " application/json or application/pdf;q=0.9, was '" + request.getHeaderString(HttpHeaders.ACCEPT) + "'");
        }
        if (WRITES.contains(request.getMethod()) && request.getMediaType() == null && hasBody(request)) {
            throw new ProblemException(Problem.of(415,
                    "A body needs its Content-Type: send application/json (nothing was read)").withField(HttpHeaders.CONTENT_TYPE));
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        return request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
    }
}
