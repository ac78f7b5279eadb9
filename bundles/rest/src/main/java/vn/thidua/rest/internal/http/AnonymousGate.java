package vn.thidua.rest.internal.http;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many requests without credentials are served at once; the others wait their turn, a bounded
 * number of them for a bounded time. A flood of anonymous requests (health probes, 401s) then
 * keeps a few threads busy instead of one per connection, and the threads and processors left
 * serve the callers who logged in. The waiters hold a thread each, so they are few: beyond them,
 * or after the wait, the answer is 503 at once, which costs nothing.
 */
public final class AnonymousGate {

    private final Semaphore serving;
    private final int maxWaiting;
    private final long waitMillis;
    private final AtomicInteger waiting = new AtomicInteger();

    /**
     * @param concurrent requests served at once (at least 1)
     * @param maxWaiting requests that may wait for a turn (0: none waits)
     * @param waitMillis how long one waits at most
     */
    public AnonymousGate(int concurrent, int maxWaiting, long waitMillis) {
        // Fair: the waiters are served in their order, none waits out its time while later ones go first.
        this.serving = new Semaphore(Math.max(1, concurrent), true);
        this.maxWaiting = Math.max(0, maxWaiting);
        this.waitMillis = Math.max(0, waitMillis);
    }

    /** Whether the request may go on; if so, {@link #leave()} must follow. */
    public boolean enter() throws InterruptedException {
        // Timed, even at 0: the untimed tryAcquire() would go before the waiters.
        if (serving.tryAcquire(0, TimeUnit.MILLISECONDS)) {
            return true;
        }
        if (waiting.incrementAndGet() > maxWaiting) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            return serving.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } finally {
            waiting.decrementAndGet();
        }
    }

    public void leave() {
        serving.release();
    }

    /** Requests waiting for a turn now. */
    int waiting() {
        return waiting.get();
    }
}
