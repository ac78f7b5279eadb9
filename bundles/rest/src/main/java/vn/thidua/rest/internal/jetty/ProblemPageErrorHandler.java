package vn.thidua.rest.internal.jetty;

import java.io.IOException;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.servlet.ErrorPageErrorHandler;

/**
 * A servlet context's error handler that keeps the error pages registered with it (a bundle's
 * own pages for its context) and writes a problem+json answer where it has none, for every
 * method (Jetty writes no body for an error of TRACE, PUT or DELETE).
 */
final class ProblemPageErrorHandler extends ErrorPageErrorHandler {

    private final ProblemErrorHandler problems;

    ProblemPageErrorHandler(ProblemErrorHandler problems) {
        this.problems = problems;
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
            int code, String message) throws IOException {
        baseRequest.setHandled(true);
        problems.write(code, request.getRequestURI(), response);
    }
}
