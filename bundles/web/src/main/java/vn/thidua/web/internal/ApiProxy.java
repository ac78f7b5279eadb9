package vn.thidua.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import vn.thidua.jetty.body.Body;
import vn.thidua.jetty.body.BodyCollector;

/**
 * Passes a browser's call under {@code /app/api/} to the REST API at {@code /api/v1/} on the same
 * Jetty (loopback), as the signed-in user with the API session token of the sign-in: the API keeps
 * every rule (roles, ETags, status rules), and neither the browser nor this server holds a password. Only the headers the API's contract uses cross, and its
 * {@code WWW-Authenticate} never does (the browser would open its own login dialog).
 *
 * <p>A body is collected as it arrives, with no thread waiting ({@link BodyCollector}), and passed
 * on whole: streamed on as it came, a slow upload held one of the server's threads for as long as
 * its sender liked, so a few signed-in clients could leave none for anybody.
 */
final class ApiProxy {

    private static final List<String> REQUEST_HEADERS = List.of("Content-Type", "Accept", "If-Match");
    private static final List<String> RESPONSE_HEADERS = List.of("Content-Type", "ETag", "Location",
            "Content-Disposition", "Retry-After");
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE");
    private static final int TIMEOUT_MS = 120_000;
    /**
     * The largest body passed on (an upload of a plan document or a pack): the API's own limit
     * (bodyLimitBytes, 1 MiB by default) answers 413 below it; this one bounds what is held here.
     */
    static final long MAX_BODY = 64L * 1024 * 1024;

    /** What answers when the API no longer knows the session's token (expired or revoked). */
    interface Unauthorized {
        void signOut() throws IOException;
    }

    /** A call to the API, as taken from the browser's request while it was dispatched. */
    private record Call(String method, URI target, Map<String, String> headers, String clientAddress, boolean inline,
            String apiToken) {
    }

    private final ClientForwarding forwarding;
    private final LoopbackApi api;
    private final BodyCollector bodies = new BodyCollector();
    private final BodyCollector.Limits limits;

    /** Bodies may take {@code within} to arrive, and hold {@code heldBytes} at once while they do. */
    ApiProxy(ClientForwarding forwarding, LoopbackApi api, Duration within, long heldBytes) {
        this.forwarding = forwarding;
        this.api = api;
        this.limits = new BodyCollector.Limits(MAX_BODY, heldBytes, within);
    }

    /** Bytes of the bodies arriving now, all calls together. */
    long held() {
        return bodies.held();
    }

    /**
     * Passes the call on and writes the API's answer, or calls {@code unauthorized}; a call with a body
     * once the body is here, and perhaps after this method has returned (the request is then
     * asynchronous and completed here).
     */
    void forward(HttpServletRequest request, HttpServletResponse response, String apiPath, WebSession session,
            boolean inlineDocument, Unauthorized unauthorized) throws IOException {
        String method = request.getMethod();
        if (!METHODS.contains(method)) {
            response.sendError(405);
            return;
        }
        String query = request.getQueryString();
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : REQUEST_HEADERS) {
            String value = request.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        Call call = new Call(method, URI.create(api.root(request.getLocalPort()) + apiPath + (query == null ? "" : "?" + query)),
                headers, request.getRemoteAddr(), inlineDocument, session.apiToken);
        if (!method.equals("POST") && !method.equals("PUT")) {
            send(call, null, response, unauthorized);
            return;
        }
        try {
            bodies.collect(request, limits, body -> send(call, body, response, unauthorized), why -> refused(why, response));
        } catch (ServletException e) {
            throw new IOException(e);
        }
    }

    private void send(Call call, Body body, HttpServletResponse response, Unauthorized unauthorized) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) call.target().toURL().openConnection();
        try {
            connection.setInstanceFollowRedirects(false);
            connection.setConnectTimeout(10_000);
            connection.setReadTimeout(TIMEOUT_MS);
            connection.setRequestMethod(call.method());
            connection.setRequestProperty("Authorization", "Bearer " + call.apiToken());
            forwarding.apply(connection, call.clientAddress());
            call.headers().forEach(connection::setRequestProperty);
            if (body != null) {
                connection.setDoOutput(true);
                // Sent whole with its length: the API takes it at once, without going asynchronous itself.
                connection.setFixedLengthStreamingMode(body.size());
                try (OutputStream out = connection.getOutputStream()) {
                    body.writeTo(out);
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
                unauthorized.signOut();
                return;
            }
            response.setStatus(status);
            for (String name : RESPONSE_HEADERS) {
                String value = connection.getHeaderField(name);
                if (value != null && !(call.inline() && name.equals("Content-Disposition"))) {
                    response.setHeader(name, value);
                }
            }
            InputStream answer = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            if (answer != null) {
                try (InputStream in = answer; OutputStream out = response.getOutputStream()) {
                    in.transferTo(out);
                }
            }
        } finally {
            connection.disconnect();
        }
    }

    private void refused(BodyCollector.Refusal why, HttpServletResponse response) throws IOException {
        switch (why) {
            case TOO_LARGE -> Problems.write(response, 413, "urn:thidua:problem:body-too-large",
                    "Nội dung gửi lên vượt " + MAX_BODY / (1024 * 1024) + " MiB: đã từ chối, không có gì được lưu.", null);
            case TOO_SLOW -> Problems.write(response, 408, "urn:thidua:problem:request-timeout",
                    "Nội dung gửi lên không đến đủ trong " + limits.within().toSeconds()
                            + " giây hoặc đã ngừng giữa chừng: đã bỏ, không có gì được lưu; hãy gửi lại.", null);
            case BUSY -> Problems.write(response, 503, "urn:thidua:problem:busy",
                    "Máy chủ đang nhận nhiều nội dung gửi lên cùng lúc: không có gì được lưu; hãy thử lại sau ít phút.", null);
        }
    }
}
