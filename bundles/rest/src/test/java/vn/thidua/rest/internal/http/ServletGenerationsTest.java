package vn.thidua.rest.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.servlet.GenericServlet;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;

import org.junit.jupiter.api.Test;

class ServletGenerationsTest {

    private final List<String> events = new CopyOnWriteArrayList<>();

    @Test
    void aRequestInFlightFinishesOnTheOldGenerationWhichIsDestroyedOnlyAfterIt() throws Exception {
        ServletGenerations generations = new ServletGenerations(Runnable::run);
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        generations.replace(new Recording("old", entered, release));

        CompletableFuture<Boolean> slow = CompletableFuture.supplyAsync(() -> {
            try {
                return generations.service(null, null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(entered.await(60, TimeUnit.SECONDS)).isTrue();

        generations.replace(new Recording("new", new CountDownLatch(1), new CountDownLatch(0)));
        assertThat(generations.service(null, null)).isTrue();
        assertThat(events).containsExactly("old served", "new served");

        release.countDown();
        assertThat(slow.get(60, TimeUnit.SECONDS)).isTrue();
        assertThat(events).containsExactly("old served", "new served", "old destroyed");
    }

    @Test
    void nothingIsServedBeforeTheFirstGenerationOrAfterClose() throws Exception {
        ServletGenerations generations = new ServletGenerations(Runnable::run);
        assertThat(generations.service(null, null)).isFalse();
        generations.replace(new Recording("only", new CountDownLatch(1), new CountDownLatch(0)));
        generations.close();
        assertThat(events).containsExactly("only destroyed");
        assertThat(generations.service(null, null)).isFalse();
    }

    private final class Recording extends GenericServlet {
        private static final long serialVersionUID = 1L;
        private final String name;
        private final transient CountDownLatch entered;
        private final transient CountDownLatch release;

        Recording(String name, CountDownLatch entered, CountDownLatch release) {
            this.name = name;
            this.entered = entered;
            this.release = release;
        }

        @Override
        public void service(ServletRequest request, ServletResponse response) {
            events.add(name + " served");
            entered.countDown();
            try {
                // A guard against a hang only: were it to run out, the old generation would finish
                // before the test replaced it, and the order checked would be another.
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void destroy() {
            events.add(name + " destroyed");
        }
    }
}
