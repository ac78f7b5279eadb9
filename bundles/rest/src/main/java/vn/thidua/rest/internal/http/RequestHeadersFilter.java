package vn.thidua.rest.internal.http;

import java.util.Set;
import java.util.regex.Pattern;

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
    /** RFC 9110's tchar besides letters and digits; '-' last, so that it stands for itself in {@link #TOKEN}. */
    private static final String TCHAR_SYMBOLS = "!#$%&'*+.^_`|~-";
    private static final String TOKEN = "[0-9A-Za-z" + TCHAR_SYMBOLS + "]+";
    /** RFC 9110's media-type: type "/" subtype, then parameters, each a token or a quoted string. */
    static final Pattern MEDIA_TYPE = Pattern.compile("\\s*" + TOKEN + "/" + TOKEN
            + "(\\s*;\\s*" + TOKEN + "=(" + TOKEN + "|\"([^\"\\\\]|\\\\.)*\"))*\\s*;?\\s*");

    /**
     * Whether a {@code Content-Type} can be read as a media type. Jersey's servlet reads it before
     * any filter (for form parameters) and answers an unreadable one with an empty 400, so the
     * servlet asks this first.
     */
    public static boolean readableContentType(String contentType) {
        return contentType == null || bareMediaType(contentType) || MEDIA_TYPE.matcher(contentType).matches();
    }

    /**
     * Whether the text is a type and a subtype without parameters ({@code application/json}), the
     * Content-Type of nearly every write, told without the regular expression (a percent of a posted
     * validation's time).
     */
    static boolean bareMediaType(String text) {
        int slash = text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (i != slash && !isTokenChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** RFC 9110's tchar, as {@link #TOKEN} has it. */
    private static boolean isTokenChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || TCHAR_SYMBOLS.indexOf(c) >= 0;
    }

    /** The 400 of an unreadable {@code Content-Type}. */
    public static Problem unreadableContentType(String contentType) {
        return Problem.of("invalid-value", "Invalid value", 400,
                "Content-Type must be a media type such as application/json, was '" + contentType + "'").withField(HttpHeaders.CONTENT_TYPE);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        try {
            request.getMediaType();
        } catch (RuntimeException e) {
            throw new ProblemException(unreadableContentType(request.getHeaderString(HttpHeaders.CONTENT_TYPE)));
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
