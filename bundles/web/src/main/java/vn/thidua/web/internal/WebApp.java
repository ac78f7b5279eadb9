package vn.thidua.web.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import javax.servlet.Servlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The web application at {@code /}: the sign-in page, the application's page and assets, and
 * {@code /app/api/*}, the REST API called as the signed-in user. Anonymous visitors get the sign-in
 * page and its stylesheet only; every write carries the session's CSRF token.
 */
@Component(service = Servlet.class, configurationPid = "vn.thidua.web", property = {
        "osgi.http.whiteboard.servlet.pattern=/",
        "osgi.http.whiteboard.servlet.name=thidua-web",
        // the sign-in form and the bodies passed on to the API are read without a thread waiting for them
        "osgi.http.whiteboard.servlet.asyncSupported=true" })
@Designate(ocd = WebConfig.class)
public final class WebApp extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String COOKIE = "thidua_session";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String ASSETS = "assets/";
    /** Served to anyone: what the sign-in page needs, nothing that shows data. */
    private static final Set<String> PUBLIC_ASSETS = Set.of("app.css", "login.css");
    private static final Pattern ASSET_NAME = Pattern.compile("[a-z0-9-]+\\.(js|css|svg)");
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript; charset=utf-8", "css",
            "text/css; charset=utf-8", "svg", "image/svg+xml");
    private static final Pattern DOCUMENT_PATH = Pattern.compile("plans/[^/]+/document");

    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

    /** The largest sign-in form read: a name and a password, with room to spare. */
    static final int SIGN_IN_FORM_LIMIT = 8 * 1024;

    private final transient Sessions sessions;
    private final transient SignInForm signInForm;
    private final transient ApiSessions apiSessions;
    private final transient LoopbackApi loopbackApi;
    private final transient ApiProxy proxy;
    private final AtomicBoolean shortenedSaid = new AtomicBoolean();
    private final transient TimingJson timings = new TimingJson();
    private final transient ObjectMapper mapper = new ObjectMapper();

    @Activate
    public WebApp(WebConfig config, BundleContext context) {
        this.sessions = new Sessions(Duration.ofMinutes(Math.max(1, config.sessionTimeoutMinutes())), Clock.systemUTC());
        this.signInForm = new SignInForm(SIGN_IN_FORM_LIMIT, Duration.ofSeconds(Math.max(1, config.signInFormSeconds())));
        ClientForwarding forwarding = ClientForwarding.of(context);
        this.apiSessions = new ApiSessions(forwarding);
        this.loopbackApi = LoopbackApi.of(context);
        this.proxy = new ApiProxy(forwarding, loopbackApi, Duration.ofSeconds(Math.max(1, config.bodyReadSeconds())),
                Math.max(1, config.bodyHeldBytes()));
    }

    @Deactivate
    void deactivate() {
        sessions.closeAll();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        SecurityHeaders.page(response);
        if (path.equals("/login")) {
            login(request, response);
            return;
        }
        if (path.startsWith("/" + ASSETS)) {
            asset(path.substring(ASSETS.length() + 1), request, response);
            return;
        }
        Optional<WebSession> session = sessions.find(cookie(request));
        if (path.equals("/") || path.equals("/index.html")) {
            if (session.isEmpty()) {
                response.sendRedirect("/login");
                return;
            }
            resource("index.html", "text/html; charset=utf-8", response);
            return;
        }
        if (!path.startsWith("/app/")) {
            notFound(response);
            return;
        }
        if (session.isEmpty()) {
            problem(response, 401, "Phiên làm việc đã hết hạn hoặc chưa đăng nhập: hãy đăng nhập lại.", null);
            return;
        }
        WebSession user = session.get();
        boolean write = !request.getMethod().equals("GET") && !request.getMethod().equals("HEAD");
        if (write && !sameOriginWrite(request, user)) {
            problem(response, 403, "Yêu cầu ghi thiếu mã chống giả mạo (CSRF) của phiên: đã từ chối, không có gì được lưu.",
                    CSRF_HEADER);
            return;
        }
        String app = path.substring("/app/".length());
        switch (app) {
            case "me" -> me(user, response);
            case "logout" -> {
                if (!write) {
                    response.sendError(405);
                    return;
                }
                sessions.close(user.id);
                try {
                    apiSessions.close(loopbackApi.root(request.getLocalPort()), user.apiToken, request.getRemoteAddr());
                } catch (IOException e) {
                    // Signed out here all the same; the token ends at its idle time.
                    LOG.warn("Sign-out of '{}': the API did not revoke the session token ({})", user.user, e.toString());
                }
                response.addHeader("Set-Cookie", expiredCookie(request));
                response.setStatus(204);
            }
            case "timing" -> timing(request, response);
            default -> {
                if (!app.startsWith("api/")) {
                    notFound(response);
                    return;
                }
                String apiPath = app.substring("api/".length());
                boolean inline = DOCUMENT_PATH.matcher(apiPath).matches() && "1".equals(request.getParameter("inline"));
                if (inline) {
                    SecurityHeaders.framedDocument(response);
                }
                // The API renews the token with this call: the session goes on with it, never past it.
                sessions.renew(user);
                String expired = expiredCookie(request);
                proxy.forward(request, response, apiPath, user, inline, () -> {
                    sessions.close(user.id);
                    response.addHeader("Set-Cookie", expired);
                    problem(response, 401, "Tài khoản không còn đăng nhập được: hãy đăng nhập lại.", null);
                });
            }
        }
    }

    private void login(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getMethod().equals("GET")) {
            if (sessions.find(cookie(request)).isPresent()) {
                response.sendRedirect("/");
                return;
            }
            loginPage(response, 200, null, "");
            return;
        }
        if (!request.getMethod().equals("POST")) {
            response.sendError(405);
            return;
        }
        if (!sameOrigin(request)) {
            loginPage(response, 403, "Yêu cầu đăng nhập không đến từ trang này: đã từ chối.", "");
            return;
        }
        signInForm.read(request, fields -> signIn(request, response, fields),
                status -> loginPage(response, status, switch (status) {
                    case 408 -> "Biểu mẫu đăng nhập đến quá chậm nên đã bị bỏ: hãy thử lại.";
                    case 413 -> "Biểu mẫu đăng nhập quá lớn: tên đăng nhập và mật khẩu cộng lại tối đa "
                            + SIGN_IN_FORM_LIMIT / 1024 + " KB.";
                    case 503 -> "Máy chủ đang nhận nhiều biểu mẫu đăng nhập gửi chậm cùng lúc: hãy thử lại sau ít phút.";
                    default -> "Biểu mẫu đăng nhập không đọc được: hãy nhập lại tên đăng nhập và mật khẩu.";
                }, ""));
    }

    /** The sign-in itself, once the whole form is here. */
    private void signIn(HttpServletRequest request, HttpServletResponse response, Map<String, String> fields) throws IOException {
        String user = fields.getOrDefault("username", "").strip();
        String password = fields.getOrDefault("password", "");
        if (user.isEmpty() || password.isEmpty()) {
            loginPage(response, 400, "Hãy nhập tên đăng nhập và mật khẩu.", user);
            return;
        }
        ApiSessions.Outcome outcome;
        try {
            outcome = apiSessions.open(loopbackApi.root(request.getLocalPort()), user, password, request.getRemoteAddr());
        } catch (IOException e) {
            LOG.warn("Sign-in: the API did not answer ({})", e.toString());
            loginPage(response, 503, "Không đăng nhập được lúc này: máy chủ API không trả lời. Hãy thử lại sau.", user);
            return;
        }
        if (outcome instanceof ApiSessions.Refused refused) {
            switch (refused.status()) {
                case 401 -> loginPage(response, 401, "Tên đăng nhập hoặc mật khẩu không đúng.", user);
                case 403 -> loginPage(response, 403,
                        "Tài khoản này không có quyền dùng ứng dụng (cần vai trò viewer, editor hoặc admin).", user);
                case 429 -> {
                    response.setHeader("Retry-After", Long.toString(Math.max(1, refused.retryAfterSeconds())));
                    loginPage(response, 429, "Đăng nhập sai quá nhiều lần: hãy thử lại sau " + Math.max(1, refused.retryAfterSeconds())
                            + " giây.", user);
                }
                default -> loginPage(response, 503, "Không đăng nhập được lúc này (máy chủ API trả lời " + refused.status()
                        + "). Hãy thử lại sau.", user);
            }
            return;
        }
        ApiSessions.Opened token = (ApiSessions.Opened) outcome;
        if (token.roles().isEmpty()) {
            loginPage(response, 403, "Tài khoản này không có quyền dùng ứng dụng (cần vai trò viewer, editor hoặc admin).", user);
            return;
        }
        sessions.close(cookie(request)); // a new id at each sign-in: no session fixation
        WebSession session = sessions.open(token);
        if (session.idle.compareTo(sessions.idleTimeout()) < 0 && shortenedSaid.compareAndSet(false, true)) {
            LOG.warn("Web sessions end after {} min without an API call instead of sessionTimeoutMinutes={}: they must end before"
                    + " the API's session token ({} min, sessionTokenIdleMinutes of etc/vn.thidua.rest.cfg)",
                    session.idle.toSeconds() / 60.0, sessions.idleTimeout().toMinutes(), token.idle().toMinutes());
        }
        response.addHeader("Set-Cookie", COOKIE + "=" + session.id + "; Path=/; HttpOnly; SameSite=Strict"
                + (secure(request) ? "; Secure" : ""));
        response.sendRedirect("/");
    }

    private void loginPage(HttpServletResponse response, int status, String error, String user) throws IOException {
        String page = text("login.html")
                .replace("{{error}}", error == null ? ""
                        : "<div class=\"error-summary\" role=\"alert\" id=\"login-error\"><p>" + Html.escape(error) + "</p></div>")
                .replace("{{user}}", Html.escape(user))
                .replace("{{timeout}}", Long.toString(sessions.idleTimeout().toMinutes()));
        response.setStatus(status);
        response.setContentType("text/html; charset=utf-8");
        response.getOutputStream().write(page.getBytes(UTF_8));
    }

    private void me(WebSession user, HttpServletResponse response) throws IOException {
        ObjectNode node = mapper.createObjectNode();
        node.put("user", user.user);
        ArrayNode roles = node.putArray("roles");
        user.roles.forEach(roles::add);
        node.put("csrf", user.csrf);
        node.put("timeoutMinutes", user.idle.toMinutes());
        json(response, 200, node.toString());
    }

    private void timing(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String text = Optional.ofNullable(request.getParameter("text")).orElse("");
        int year;
        try {
            year = Integer.parseInt(Optional.ofNullable(request.getParameter("year")).orElse(""));
        } catch (NumberFormatException e) {
            problem(response, 400, "year: phải là một năm, ví dụ 2027", "year");
            return;
        }
        if (text.isBlank() || text.length() > 500) {
            problem(response, 400, "text: hãy nhập thời gian (tối đa 500 ký tự)", "text");
            return;
        }
        json(response, 200, timings.parse(text, year));
    }

    private void asset(String name, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!ASSET_NAME.matcher(name).matches()) {
            notFound(response);
            return;
        }
        if (!PUBLIC_ASSETS.contains(name) && sessions.find(cookie(request)).isEmpty()) {
            response.setStatus(401);
            return;
        }
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        if (!resource(ASSETS + name, type, response)) {
            notFound(response);
        }
    }

    private boolean resource(String name, String type, HttpServletResponse response) throws IOException {
        try (InputStream in = WebApp.class.getResourceAsStream(name)) {
            if (in == null) {
                return false;
            }
            response.setContentType(type);
            response.setHeader("Cache-Control", "no-cache");
            in.transferTo(response.getOutputStream());
            return true;
        }
    }

    private String text(String name) throws IOException {
        try (InputStream in = WebApp.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), UTF_8);
        }
    }

    /** A write from this origin's page: the session's CSRF token in its header, and no foreign Origin. */
    private static boolean sameOriginWrite(HttpServletRequest request, WebSession session) {
        return sameOrigin(request) && constantTimeEquals(session.csrf, request.getHeader(CSRF_HEADER));
    }

    /**
     * Not known to come from another site: the browser's {@code Sec-Fetch-Site} when it sends one,
     * else an {@code Origin} naming this host. A page with {@code Referrer-Policy: no-referrer} makes
     * the browser send {@code Origin: null} for its own form posts, so "null" alone is no proof of
     * another site (SameSite=Strict and the CSRF token hold the session's writes anyway).
     */
    static boolean sameOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin") || site.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.equals("null")) {
            return true;
        }
        try {
            URI uri = URI.create(origin);
            String host = request.getHeader("Host");
            return host != null && host.equalsIgnoreCase(uri.getAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static boolean constantTimeEquals(String expected, String given) {
        if (given == null) {
            return false;
        }
        return java.security.MessageDigest.isEqual(expected.getBytes(UTF_8), given.getBytes(UTF_8));
    }

    private static boolean secure(HttpServletRequest request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }

    private static String expiredCookie(HttpServletRequest request) {
        return COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secure(request) ? "; Secure" : "");
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    private void notFound(HttpServletResponse response) throws IOException {
        problem(response, 404, "Không có trang này.", null);
    }

    private void problem(HttpServletResponse response, int status, String detail, String field) throws IOException {
        Problems.write(response, status, "about:blank", detail, field);
    }

    private static void json(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(body.getBytes(UTF_8));
    }
}
