package vn.thidua.rest.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnonymousGateTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void servesSoManyAtOnceAndTheNextGoesInWhenOneLeaves() throws Exception {
        AnonymousGate gate = new AnonymousGate(2, 4, 60_000);
        assertThat(gate.enter()).isTrue();
        assertThat(gate.enter()).isTrue();
        Future<Boolean> third = threads.submit(gate::enter);
        // Waiting for its turn, not refused.
        awaitWaiting(gate, 1);
        assertThat(third.isDone()).isFalse();
        gate.leave();
        assertThat(third.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void beyondTheWaitersTheAnswerIsNoAtOnce() throws Exception {
        AnonymousGate gate = new AnonymousGate(1, 2, 60_000);
        assertThat(gate.enter()).isTrue();
        CountDownLatch started = new CountDownLatch(2);
        List<Future<Boolean>> waiters = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            waiters.add(threads.submit(() -> {
                started.countDown();
                return gate.enter();
            }));
        }
        started.await();
        awaitWaiting(gate, 2);
        long before = System.nanoTime();
        assertThat(gate.enter()).isFalse();
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - before)).isLessThan(30);
        gate.leave();
        gate.leave();
        for (Future<Boolean> waiter : waiters) {
            assertThat(waiter.get(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aWaiterGivesUpAfterItsTime() throws Exception {
        AnonymousGate gate = new AnonymousGate(1, 4, 20);
        assertThat(gate.enter()).isTrue();
        assertThat(gate.enter()).isFalse();
        gate.leave();
        assertThat(gate.enter()).isTrue();
    }

    @Test
    void withNoWaitersAllowedABusyGateSaysNoAtOnce() throws Exception {
        AnonymousGate gate = new AnonymousGate(1, 0, 60_000);
        assertThat(gate.enter()).isTrue();
        assertThat(gate.enter()).isFalse();
    }

    /** Until {@code count} threads wait in the gate (their enter() has not returned). */
    private static void awaitWaiting(AnonymousGate gate, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (gate.waiting() < count) {
            assertThat(System.nanoTime()).as("threads waiting in the gate").isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
