package vn.thidua.web.internal;

import javax.servlet.http.HttpServletResponse;

/** The headers every response of the web application carries. */
final class SecurityHeaders {

    /** Pages and assets: only this origin's scripts and styles, never framed. */
    static final String PAGE_POLICY = "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";
    /**
     * The HTML export shown in the preview frame: its own inline styles, no script at all, framed
     * only by this origin's editor.
     */
    static final String DOCUMENT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; frame-ancestors 'self'; sandbox";

    private SecurityHeaders() {
    }

    static void page(HttpServletResponse response) {
        common(response);
        response.setHeader("Content-Security-Policy", PAGE_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
    }

    static void framedDocument(HttpServletResponse response) {
        common(response);
        response.setHeader("Content-Security-Policy", DOCUMENT_POLICY);
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
    }

    private static void common(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Cache-Control", "no-store");
    }
}
