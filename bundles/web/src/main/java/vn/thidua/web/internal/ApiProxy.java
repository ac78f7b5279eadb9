package vn.thidua.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.List;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Passes a browser's call under {@code /app/api/} to the REST API at {@code /api/v1/} on the same
 * Jetty (loopback), as the signed-in user with the API session token of the sign-in: the API keeps
 * every rule (roles, ETags, status rules), and neither the browser nor this server holds a password. Only the headers the API's contract uses cross, and its
 * {@code WWW-Authenticate} never does (the browser would open its own login dialog).
 */
final class ApiProxy {

    private static final List<String> REQUEST_HEADERS = List.of("Content-Type", "Accept", "If-Match");
    private static final List<String> RESPONSE_HEADERS = List.of("Content-Type", "ETag", "Location",
            "Content-Disposition", "Retry-After");
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE");
    private static final int TIMEOUT_MS = 120_000;
    /**
     * The largest body passed on (an upload of a plan document or a pack): the API's own limit
     * (bodyLimitBytes, 1 MiB by default) answers 413 below it; this one keeps a body of unknown
     * length from being read without end.
     */
    static final long MAX_BODY = 64L * 1024 * 1024;

    /** Result of a call, for the caller to react to the API's 401 (token expired or revoked). */
    enum Outcome { DONE, UNAUTHORIZED }

    private final ClientForwarding forwarding;
    private final LoopbackApi api;

    ApiProxy(ClientForwarding forwarding, LoopbackApi api) {
        this.forwarding = forwarding;
        this.api = api;
    }

    Outcome forward(HttpServletRequest request, HttpServletResponse response, String apiPath, WebSession session,
            boolean inlineDocument) throws IOException {
        String method = request.getMethod();
        if (!METHODS.contains(method)) {
            response.sendError(405);
            return Outcome.DONE;
        }
        String query = request.getQueryString();
        URI target = URI.create(api.root(request.getLocalPort()) + apiPath + (query == null ? "" : "?" + query));
        HttpURLConnection connection = (HttpURLConnection) target.toURL().openConnection();
        try {
            connection.setInstanceFollowRedirects(false);
            connection.setConnectTimeout(10_000);
            connection.setReadTimeout(TIMEOUT_MS);
            connection.setRequestMethod(method);
            connection.setRequestProperty("Authorization", "Bearer " + session.apiToken);
            forwarding.apply(connection, request.getRemoteAddr());
            for (String name : REQUEST_HEADERS) {
                String value = request.getHeader(name);
                if (value != null) {
                    connection.setRequestProperty(name, value);
                }
            }
            if (method.equals("POST") || method.equals("PUT")) {
                long length = request.getContentLengthLong();
                if (length > MAX_BODY) {
                    tooLarge(response);
                    return Outcome.DONE;
                }
                connection.setDoOutput(true);
                // Streamed, not buffered whole in memory (HttpURLConnection's default): a multipart
                // upload crosses as it comes, its Content-Type (with the boundary) unchanged.
                if (length >= 0) {
                    connection.setFixedLengthStreamingMode(length);
                } else {
                    connection.setChunkedStreamingMode(64 * 1024);
                }
                try (InputStream in = request.getInputStream(); OutputStream out = connection.getOutputStream()) {
                    if (copyAtMost(in, out, MAX_BODY) > MAX_BODY) {
                        tooLarge(response);
                        return Outcome.DONE;
                    }
                } catch (IOException e) {
                    // The API may answer (its own 413) and close before it has read the whole body:
                    // its answer is still the one to give, if there is one.
                    if (connection.getHeaderField(0) == null) {
                        throw e;
                    }
                }
            }
            int status = connection.getResponseCode();
            if (status == 401) {
                return Outcome.UNAUTHORIZED;
            }
            response.setStatus(status);
            for (String name : RESPONSE_HEADERS) {
                String value = connection.getHeaderField(name);
                if (value != null && !(inlineDocument && name.equals("Content-Disposition"))) {
                    response.setHeader(name, value);
                }
            }
            InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            if (body != null) {
                try (InputStream in = body; OutputStream out = response.getOutputStream()) {
                    in.transferTo(out);
                }
            }
            return Outcome.DONE;
        } finally {
            connection.disconnect();
        }
    }

    /** Copies up to {@code limit} bytes, and answers more than {@code limit} when the body goes on. */
    private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[8192];
        long copied = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            copied += n;
            if (copied > limit) {
                return copied;
            }
            out.write(buffer, 0, n);
        }
        return copied;
    }

    private static void tooLarge(HttpServletResponse response) throws IOException {
        Problems.write(response, 413, "urn:thidua:problem:body-too-large",
                "Nội dung gửi lên vượt " + MAX_BODY / (1024 * 1024) + " MiB: đã từ chối, không có gì được lưu.", null);
    }
}
