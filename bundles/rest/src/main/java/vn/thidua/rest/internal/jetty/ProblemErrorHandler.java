package vn.thidua.rest.internal.jetty;

import java.io.IOException;
import java.nio.ByteBuffer;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

import vn.thidua.rest.internal.http.SecurityHeaders;
import vn.thidua.rest.internal.problem.Problem;
import vn.thidua.rest.internal.problem.ProblemMapper;

/**
 * Jetty's own error answers as problem+json: those it gives before any servlet sees the request
 * (a request line or header it cannot parse, 414, 431, an ambiguous or illegal path) and those of
 * a request no context takes. Jetty writes an HTML page there, and for a method other than GET,
 * POST or HEAD (TRACE) no body at all. The detail is ours, never Jetty's message (which can
 * quote the input or name an exception).
 */
final class ProblemErrorHandler extends ErrorHandler {

    private final ProblemMapper problems;

    ProblemErrorHandler(ProblemMapper problems) {
        this.problems = problems;
    }

    /** Every method gets a body, TRACE and PUT as GET does. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    public void doError(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        baseRequest.setHandled(true);
        write(response.getStatus(), request.getRequestURI(), response);
    }

    /** A request Jetty could not parse: no request, no path; the answer is written from these fields and bytes. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        SecurityHeaders.apply("/api/", fields::put);
        return ByteBuffer.wrap(problems.write(ServerProblems.of(status)));
    }

    void write(int status, String path, HttpServletResponse response) throws IOException {
        byte[] body = problems.write(ServerProblems.of(status));
        SecurityHeaders.apply(path, response::setHeader);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(Problem.MEDIA_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
