package vn.thidua.plan.store.jpa.internal;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first start's examples, loaded off the thread that started the store: the rule packs may
 * still be loading (their bundles start in the same boot), and an example must be judged by its own
 * pack, so the loading waits for each example's pack to answer, at most {@code wait}, woken by every
 * change of the packs. An example whose pack never answers is a DRAFT. The store's start never waits
 * for the rules: only its service registration does, on the first start of an empty database.
 */
final class ExampleLoading {

    private static final Logger LOG = LoggerFactory.getLogger(ExampleLoading.class);

    private final ExampleLoader loader;
    private final List<URL> files;
    private final PackArrivals.Changes changes;
    private final Duration wait;

    ExampleLoading(ExampleLoader loader, List<URL> files, PackArrivals.Changes changes, Duration wait) {
        this.loader = loader;
        this.files = files;
        this.changes = changes;
        this.wait = wait;
    }

    /** @return how many examples were stored */
    int run() throws InterruptedException {
        if (!loader.databaseEmpty()) {
            return 0;
        }
        Instant deadline = Instant.now().plus(wait);
        long seen = changes.count();
        List<ExampleLoader.Example> examples = loader.read(files);
        while (examples.stream().anyMatch(e -> !e.settled()) && Instant.now().isBefore(deadline)) {
            LOG.info("Example plans wait for their rule packs (until {}): {}", deadline, examples.stream()
                    .filter(e -> !e.settled()).map(e -> e.name() + ": " + e.why()).toList());
            changes.awaitAfter(seen, deadline);
            seen = changes.count();
            examples = examples.stream().map(loader::judge).toList();
        }
        return loader.loadIfEmpty(examples);
    }
}
