package vn.thidua.web.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URLDecoder;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;

import vn.thidua.jetty.body.BodyCollector;

/**
 * The sign-in form's body, read without a thread waiting for it. Anyone may post to {@code /login}:
 * read the blocking way ({@code getParameter}), each post whose bytes trickle in held one of the
 * server's threads for as long as the client liked, and a few hundred such posts left none for
 * anybody (health and signed-in users included). Here the form is collected as its bytes arrive
 * ({@link BodyCollector}); a body over the limit is refused with 413 as soon as it is, one not all
 * there within the time with 408, one that would pass the bytes all slow forms may hold with 503,
 * and only a complete form goes on to the sign-in.
 */
final class SignInForm {

    static final String FORM_TYPE = "application/x-www-form-urlencoded";
    /** What all forms still arriving may hold at once: 512 forms of 8 KB; a form sent whole is never held. */
    static final long HELD_BYTES = 4L * 1024 * 1024;

    /** What follows a complete form (its fields, the first value of each name). */
    interface Then {
        void signIn(Map<String, String> fields) throws IOException;
    }

    /** What answers a form that is refused: 400 (not a form), 408 (too slow), 413 (too large) or 503 (too many slow ones). */
    interface Refuse {
        void refuse(int status) throws IOException;
    }

    private final BodyCollector forms = new BodyCollector();
    private final BodyCollector.Limits limits;

    SignInForm(int limit, Duration within) {
        this.limits = new BodyCollector.Limits(limit, HELD_BYTES, within);
    }

    /** Bytes of the forms arriving now. */
    long held() {
        return forms.held();
    }

    /**
     * Reads the form of this request, then calls {@code then} or {@code refuse} once, on a thread of
     * the server, and completes the request. A body that is not a url-encoded form is not read.
     */
    void read(HttpServletRequest request, Then then, Refuse refuse) throws IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith(FORM_TYPE)) {
            then.signIn(Map.of());
            return;
        }
        try {
            forms.collect(request, limits, body -> {
                Map<String, String> fields;
                try {
                    fields = fields(body.text(UTF_8));
                } catch (IllegalArgumentException e) {
                    // a broken %-escape
                    refuse.refuse(400);
                    return;
                }
                then.signIn(fields);
            }, why -> refuse.refuse(switch (why) {
                case TOO_LARGE -> 413;
                case TOO_SLOW -> 408;
                case BUSY -> 503;
            }));
        } catch (ServletException e) {
            throw new IOException(e);
        }
    }

    /** The fields of a url-encoded form in UTF-8; the first value of a name repeated. */
    static Map<String, String> fields(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), UTF_8);
            fields.putIfAbsent(name, value);
        }
        return fields;
    }
}
