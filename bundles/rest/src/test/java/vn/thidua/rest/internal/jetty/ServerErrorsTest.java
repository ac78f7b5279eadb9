package vn.thidua.rest.internal.jetty;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.HandlerList;
import org.eclipse.jetty.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The hook in a real Jetty server on loopback, placed as thidua-jetty places it (a handler before
 * the servlet contexts that calls it for every request): what Jetty answers by itself and what a
 * context answers with {@code sendError} are problem+json, and nothing of the hook stays in Jetty
 * once it is deactivated.
 */
class ServerErrorsTest {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ServerErrors hook = new ServerErrors();
    private Server server;

    /** A servlet context at /api: 200 for /api/ok, sendError(409) for /api/conflict, 404 for the rest. */
    private static ServletContextHandler api() {
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/api");
        context.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.setContentType("text/plain");
                response.getOutputStream().write("ok".getBytes(UTF_8));
            }
        }), "/ok");
        context.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.sendError(409);
            }
        }), "/conflict");
        return context;
    }

    private Server start(Server made) throws Exception {
        ServerConnector connector = new ServerConnector(made);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        made.addConnector(connector);
        Handler hookHandler = new AbstractHandler() {
            @Override
            public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
                    throws IOException {
                hook.handle(target, baseRequest, request, response);
            }
        };
        made.setHandler(new HandlerList(hookHandler, api()));
        made.start();
        server = made;
        hook.attach(made);
        return made;
    }

    @AfterEach
    void stop() throws Exception {
        hook.deactivate();
        if (server != null) {
            server.stop();
        }
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request written by hand, for what HttpClient refuses to send; the whole answer as text. */
    private String raw(String request) throws IOException {
        int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), UTF_8);
        }
    }

    private static void assertProblem(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"status\":" + status).doesNotContain("<html");
    }

    @Test
    void aPathNoServletTakesIsAProblemWithTheSecurityHeaders() throws Exception {
        start(new Server());

        HttpResponse<String> answer = send("GET", "/api/nothing-here");

        assertProblem(answer, 404);
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void aServletsSendErrorIsAProblemAndAnAnswerPassesUntouched() throws Exception {
        start(new Server());

        assertProblem(send("GET", "/api/conflict"), 409);
        HttpResponse<String> ok = send("GET", "/api/ok");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("ok");
        assertThat(ok.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void traceIsRefusedWithAProblemNotEchoed() throws Exception {
        start(new Server());

        HttpResponse<String> answer = send("TRACE", "/api/ok");

        assertProblem(answer, 405);
        assertThat(answer.headers().firstValue("Allow")).hasValue("GET, HEAD, POST, PUT, DELETE, OPTIONS");
        assertThat(answer.body()).doesNotContain("TRACE /api/ok");
    }

    @Test
    void aRequestJettyRefusesBeforeAnyContextIsAProblem() throws Exception {
        start(new Server());

        String answer = raw("GET /api/ok HTTP/1.1\r\nHost: 127.0.0.1\r\nA header without its colon\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400 ");
        assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(answer).contains("\"status\":400").doesNotContain("<html");
    }

    @Test
    void contextsAreCoveredEvenWhenTheServersOwnHandlerCannotBeReplaced() throws Exception {
        start(new Server() {
            @Override
            public void setErrorHandler(ErrorHandler errorHandler) {
                if (errorHandler instanceof ProblemErrorHandler) {
                    throw new IllegalStateException("this server keeps its error handler");
                }
                super.setErrorHandler(errorHandler);
            }
        });

        assertThat(server.getErrorHandler()).isNotInstanceOf(ProblemErrorHandler.class);
        assertProblem(send("GET", "/api/nothing-here"), 404);
        assertProblem(send("GET", "/api/conflict"), 409);
    }

    @Test
    void deactivatedItLeavesJettyItsOwnHandlersAndNothingOfThisBundle() throws Exception {
        start(new Server());
        assertProblem(send("GET", "/api/nothing-here"), 404);
        ServletContextHandler context = server.getChildHandlerByClass(ServletContextHandler.class);
        assertThat(context.getErrorHandler()).isInstanceOf(ProblemPageErrorHandler.class);

        hook.deactivate();

        assertThat(server.getErrorHandler()).isNotInstanceOf(ProblemErrorHandler.class);
        assertThat(context.getErrorHandler()).isExactlyInstanceOf(ErrorPageErrorHandler.class);
        HttpResponse<String> answer = send("GET", "/api/conflict");
        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).doesNotStartWith("application/problem+json");
    }

    @Test
    void attachedToANewServerItMovesThereAndLeavesTheOld() throws Exception {
        Server first = start(new Server());
        ServletContextHandler firstContext = first.getChildHandlerByClass(ServletContextHandler.class);
        assertProblem(send("GET", "/api/nothing-here"), 404);
        first.stop();

        start(new Server());

        assertThat(first.getErrorHandler()).isNotInstanceOf(ProblemErrorHandler.class);
        assertThat(firstContext.getErrorHandler()).isNotInstanceOf(ProblemPageErrorHandler.class);
        assertThat(server.getErrorHandler()).isInstanceOf(ProblemErrorHandler.class);
        assertProblem(send("GET", "/api/conflict"), 409);
    }

    /**
     * pax-web destroys the server it replaces, and every bean of it: the error handler the hook gave
     * that server cannot serve the next one (seen at a restart where pax-web made its server twice:
     * "Destroyed container cannot be restarted", and Jetty's own errors were HTML from then on).
     */
    @Test
    void aServerDestroyedWithItsErrorHandlerLeavesTheNextServerAProblemHandler() throws Exception {
        Server first = start(new Server());
        ErrorHandler firstHandler = first.getErrorHandler();
        first.stop();
        first.destroy();
        assertThat(firstHandler.isStopped()).isTrue();

        start(new Server());

        assertThat(server.getErrorHandler()).isInstanceOf(ProblemErrorHandler.class).isNotSameAs(firstHandler);
        String answer = raw("GET /api/ok HTTP/1.1\r\nHost: 127.0.0.1\r\nA header without its colon\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400 ").containsIgnoringCase("Content-Type: application/problem+json");
        assertProblem(send("GET", "/api/nothing-here"), 404);
        assertProblem(send("TRACE", "/api/ok"), 405);
    }
}
