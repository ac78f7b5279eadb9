package vn.thidua.jetty.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.HandlerList;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.thidua.jetty.ServerHook;

/** The handler in a real Jetty server on loopback, as pax-web puts it: before the servlet contexts. */
class HookHandlerTest {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final HookHandler handler = new HookHandler();
    private Server server;

    /** Marks every answer with its name and remembers the servers it was attached to; answers itself for the path it owns. */
    private static final class MarkingHook implements ServerHook {
        final String name;
        final String owns;
        final List<Server> attachedTo = new CopyOnWriteArrayList<>();
        final List<String> seen = new CopyOnWriteArrayList<>();

        MarkingHook(String name, String owns) {
            this.name = name;
            this.owns = owns;
        }

        @Override
        public void attach(Server server) {
            attachedTo.add(server);
        }

        @Override
        public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            seen.add(target);
            response.addHeader("X-Hook", name);
            if (target.equals(owns)) {
                baseRequest.setHandled(true);
                response.setStatus(405);
                response.getOutputStream().write(("answered by " + name).getBytes(UTF_8));
            }
        }
    }

    @BeforeEach
    void startServer() throws Exception {
        server = serverWithTheHandler();
        server.start();
    }

    @AfterEach
    void stopServer() throws Exception {
        server.stop();
    }

    private Server serverWithTheHandler() {
        Server made = new Server();
        ServerConnector connector = new ServerConnector(made);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        made.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.getOutputStream().write("from the context".getBytes(UTF_8));
            }
        }), "/*");
        made.setHandler(new HandlerList(handler, context));
        return made;
    }

    private HttpResponse<String> get(String path) throws Exception {
        int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void withoutHooksEveryRequestGoesToTheContextsUntouched() throws Exception {
        HttpResponse<String> answer = get("/plans");
        assertEquals(200, answer.statusCode());
        assertEquals("from the context", answer.body());
        assertTrue(answer.headers().allValues("X-Hook").isEmpty());
    }

    @Test
    void aHookArrivingWhileTheServerRunsIsAttachedToItAndSeesEveryRequestFromThen() throws Exception {
        MarkingHook hook = new MarkingHook("errors", "/trace");
        handler.use(List.of(hook));
        assertEquals(List.of(server), hook.attachedTo);

        HttpResponse<String> passed = get("/plans");
        assertEquals(200, passed.statusCode());
        assertEquals("from the context", passed.body());
        assertEquals(List.of("errors"), passed.headers().allValues("X-Hook"));

        HttpResponse<String> answered = get("/trace");
        assertEquals(405, answered.statusCode());
        assertEquals("answered by errors", answered.body());
        assertEquals(List.of("/plans", "/trace"), hook.seen);
    }

    @Test
    void hooksAreAskedInTheirOrderAndOneThatAnswersEndsTheRequest() throws Exception {
        MarkingHook first = new MarkingHook("first", "/first");
        MarkingHook second = new MarkingHook("second", "/second");
        handler.use(List.of(first, second));

        assertEquals(List.of("first", "second"), get("/plans").headers().allValues("X-Hook"));
        HttpResponse<String> byFirst = get("/first");
        assertEquals("answered by first", byFirst.body());
        assertEquals(List.of("first"), byFirst.headers().allValues("X-Hook"));
        assertFalse(second.seen.contains("/first"));
        assertEquals("answered by second", get("/second").body());
    }

    @Test
    void aHookThatLeavesSeesNoMoreRequestsAndTheOthersAreNotAttachedAgain() throws Exception {
        MarkingHook staying = new MarkingHook("staying", "-");
        MarkingHook leaving = new MarkingHook("leaving", "-");
        handler.use(List.of(staying, leaving));
        handler.use(List.of(staying));

        HttpResponse<String> answer = get("/plans");
        assertEquals(List.of("staying"), answer.headers().allValues("X-Hook"));
        assertTrue(leaving.seen.isEmpty());
        assertEquals(1, staying.attachedTo.size(), "a hook is attached once per server, not at every change of the hooks");
        assertEquals(List.of(staying), handler.hooks());
    }

    @Test
    void aNewServerOfPaxWebIsGivenToTheHooksOfTheMoment() throws Exception {
        MarkingHook hook = new MarkingHook("errors", "-");
        handler.use(List.of(hook));
        server.stop();
        server = serverWithTheHandler();
        server.start();

        assertEquals(2, hook.attachedTo.size());
        assertSame(server, hook.attachedTo.get(1));
        assertEquals(List.of("errors"), get("/plans").headers().allValues("X-Hook"));
    }

    @Test
    void aHookThatCannotAttachKeepsNeitherTheServerNorTheOtherHooksFromWorking() throws Exception {
        List<String> calls = new ArrayList<>();
        ServerHook failing = new ServerHook() {
            @Override
            public void attach(Server attached) {
                calls.add("attach");
                throw new IllegalStateException("refused on purpose");
            }

            @Override
            public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response) {
                response.addHeader("X-Hook", "failing");
            }
        };
        MarkingHook working = new MarkingHook("working", "-");
        handler.use(List.of(failing, working));

        assertEquals(List.of("attach"), calls);
        assertEquals(List.of(server), working.attachedTo);
        HttpResponse<String> answer = get("/plans");
        assertEquals(200, answer.statusCode());
        assertEquals(List.of("failing", "working"), answer.headers().allValues("X-Hook"));
    }
}
