package vn.thidua.rest.internal.jetty;

import vn.thidua.rest.internal.problem.Problem;

/** What the server says of an error it finds before the API sees the request: the status, in words of ours. */
final class ServerProblems {

    private ServerProblems() {
    }

    static Problem of(int status) {
        switch (status) {
            case 400:
                return Problem.of(400, "The request is malformed: its address (an encoded '/', '..' or control character"
                        + " such as %00), a header or its framing is not accepted; nothing was done");
            case 404:
                return Problem.of(404, "There is nothing at this address");
            case 405:
                return Problem.of(405, "This method is not allowed here (TRACE never is)");
            case 413:
                return Problem.of("body-too-large", "Content Too Large", 413, "The request is larger than the server accepts");
            case 414:
                return Problem.of(414, "The address is longer than the server accepts (8 KiB with its query)");
            case 431:
                return Problem.of(431, "The request's headers are larger than the server accepts (8 KiB)");
            case 503:
                return Problem.of(503, "The server is starting or stopping; try again");
            default:
                return Problem.of(status, status >= 500 ? "The server could not complete the request" : "The request was not accepted");
        }
    }
}
