package vn.thidua.rest.internal.http;

import java.util.function.BiConsumer;

/**
 * The security headers of every answer the server gives, ours or Jetty's: no MIME sniffing, never
 * inside a frame, no referrer, and a Content-Security-Policy. Under {@code /api} (data, problems)
 * nothing may be cached and the policy allows nothing to load; the API page ({@code /api/v1/docs})
 * and the pages outside {@code /api} may load scripts, styles and images of this server only.
 * HSTS is left to the TLS proxy in front (see the README): on plain HTTP it means nothing.
 */
public final class SecurityHeaders {

    /** For data and problems: nothing to load, no framing. */
    static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /** For HTML pages: only this server's scripts, styles and images; no inline script, no framing. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; object-src 'none'; img-src 'self' data:;"
            + " frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    /** Swagger UI sets styles inline: the API page allows that, scripts stay this server's files only. */
    static final String API_PAGE_POLICY = PAGE_POLICY.replace("img-src", "style-src 'self' 'unsafe-inline'; img-src");

    private static final String API = "/api/";
    private static final String API_PAGE = "/api/v1/docs";

    private SecurityHeaders() {
    }

    /**
     * Sets the headers of an answer to {@code path} (the request URI's path, not decoded) through
     * {@code header} ({@code HttpServletResponse::setHeader}). Answers under {@code /api} other
     * than the API page's files get {@code Cache-Control: no-store}; a resource may set a longer
     * one afterwards for a static file.
     */
    public static void apply(String path, BiConsumer<String, String> header) {
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("X-Frame-Options", "DENY");
        header.accept("Referrer-Policy", "no-referrer");
        boolean api = path != null && path.startsWith(API);
        boolean apiPage = api && path.startsWith(API_PAGE);
        header.accept("Content-Security-Policy", apiPage ? API_PAGE_POLICY : api ? DATA_POLICY : PAGE_POLICY);
        if (api) {
            header.accept("Cache-Control", "no-store");
        }
    }
}
