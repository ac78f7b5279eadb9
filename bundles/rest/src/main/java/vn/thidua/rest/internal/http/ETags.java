package vn.thidua.rest.internal.http;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;

import vn.thidua.rest.internal.problem.Problem;
import vn.thidua.rest.internal.problem.ProblemException;

/** A stored plan's version is its strong ETag: version 3 is {@code "3"}. */
public final class ETags {

    private static final Pattern STRONG = Pattern.compile("\"(\\d{1,18})\"");

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version a write is conditional on, from its {@code If-Match} header.
     *
     * @throws ProblemException 428 when the header is missing, 400 when it is not one strong ETag
     *                          of ours, 412 when it is a weak ETag (which never matches for If-Match)
     */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(Problem.of("precondition-required", "Precondition required", 428,
                    "Send If-Match with the ETag of the plan as you read it, so that no one else's change is overwritten")
                    .withField(HttpHeaders.IF_MATCH));
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            throw new ProblemException(Problem.of("stale-version", "Stale version", 412,
                    "A weak ETag never matches If-Match; send the ETag as it was returned").withField(HttpHeaders.IF_MATCH),
                    Map.of());
        }
        Matcher m = STRONG.matcher(value);
        if (!m.matches()) {
            throw ProblemException.badRequest(HttpHeaders.IF_MATCH,
                    "If-Match must be one ETag as returned by the API, such as \"3\", was '" + ifMatch + "'");
        }
        return Long.parseLong(m.group(1));
    }
}
