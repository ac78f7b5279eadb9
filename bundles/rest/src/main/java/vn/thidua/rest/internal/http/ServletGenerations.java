package vn.thidua.rest.internal.http;

import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import javax.servlet.Servlet;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;

/**
 * Serves every request with the current generation of a servlet and lets a new generation take
 * over without failing a request: the new one is initialised first, then swapped in; the old one
 * finishes the requests it has begun and is destroyed only when the last of them is done.
 * (Jersey's own {@code reload()} fails the requests in flight.)
 */
public final class ServletGenerations {

    private final Executor retirement;
    private volatile Generation current;

    /** @param retirement runs the {@code destroy()} of retired generations, off the request threads */
    public ServletGenerations(Executor retirement) {
        this.retirement = retirement;
    }

    /** Puts an initialised servlet in service; the one it replaces is destroyed once idle. */
    public synchronized void replace(Servlet initialised) {
        Generation previous = current;
        current = new Generation(initialised);
        if (previous != null) {
            previous.retire();
        }
    }

    /** Serves the request; false if no generation is in service yet (or any more). */
    public boolean service(ServletRequest request, ServletResponse response) throws ServletException, IOException {
        for (;;) {
            Generation generation = current;
            if (generation == null) {
                return false;
            }
            if (generation.enter()) {
                try {
                    generation.servlet.service(request, response);
                    return true;
                } finally {
                    generation.exit();
                }
            }
            // That generation closed between the read and the entry: the next one is in service.
        }
    }

    /** Retires the generation in service; nothing is served afterwards. */
    public synchronized void close() {
        Generation previous = current;
        current = null;
        if (previous != null) {
            previous.retire();
        }
    }

    private final class Generation {
        private final Servlet servlet;
        /** Requests being served; -1 once closed, after which none may enter. */
        private final AtomicInteger inFlight = new AtomicInteger();
        private volatile boolean retired;

        Generation(Servlet servlet) {
            this.servlet = servlet;
        }

        boolean enter() {
            return inFlight.getAndUpdate(n -> n < 0 ? n : n + 1) >= 0;
        }

        void exit() {
            if (inFlight.decrementAndGet() == 0 && retired) {
                closeIfIdle();
            }
        }

        void retire() {
            retired = true;
            closeIfIdle();
        }

        private void closeIfIdle() {
            if (inFlight.compareAndSet(0, -1)) {
                retirement.execute(servlet::destroy);
            }
        }
    }
}
