package vn.thidua.itests;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Clients that call the API in a loop, from the moment they are started until {@link #stop()}:
 * what was served as expected is counted, anything else is kept word for word.
 */
final class RequestLoad {

    /** One request of a client's loop. */
    interface Request {
        /**
         * @param client which client (0 …) makes it, for requests that alternate
         * @param n      how many requests this client made before this one
         * @return null when the answer is the expected one, else what was wrong with it
         */
        String call(int client, long n) throws Exception;
    }

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger served = new AtomicInteger();
    /** Requests answered, served or not; guarded by itself, notified at each. */
    private final long[] answered = new long[1];
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService pool;
    private final List<Future<?>> loops = new ArrayList<>();

    private RequestLoad(int clients, Request request) {
        pool = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            int client = i;
            loops.add(pool.submit(() -> {
                for (long n = 0; running.get(); n++) {
                    try {
                        String failure = request.call(client, n);
                        if (failure == null) {
                            served.incrementAndGet();
                        } else {
                            failures.add(failure);
                        }
                    } catch (Exception e) {
                        failures.add(e.toString());
                    }
                    synchronized (answered) {
                        answered[0]++;
                        answered.notifyAll();
                    }
                }
                return null;
            }));
        }
    }

    static RequestLoad start(int clients, Request request) {
        return new RequestLoad(clients, request);
    }

    /** Lets each client finish the request it is making, then ends the loops. */
    void stop() throws Exception {
        running.set(false);
        try {
            for (Future<?> loop : loops) {
                loop.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Waits (without polling; a minute at most) until the clients have had {@code count} more
     * answers, served or not: whatever the test does next happens while they keep calling.
     */
    void awaitAnswers(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        synchronized (answered) {
            long target = answered[0] + count;
            while (answered[0] < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("the clients did not get " + count + " more answers within a minute;"
                            + " failures: " + failures());
                }
                TimeUnit.NANOSECONDS.timedWait(answered, left);
            }
        }
    }

    int served() {
        return served.get();
    }

    List<String> failures() {
        return List.copyOf(failures);
    }
}
