package vn.thidua.plan.store.jpa.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.thidua.plan.Plan;
import vn.thidua.plan.json.PlanJson;
import vn.thidua.plan.store.PlanStatus;

/**
 * Loads the example plans (the five seed plans the distribution ships in {@code examples/}) into a
 * database that holds no plan at all, live or deleted, so a newcomer sees real plans at once. Plans
 * are never removed for good, so this happens once in the life of a database.
 */
final class ExampleLoader {

    static final String USER = "thidua-examples";

    private static final Logger LOG = LoggerFactory.getLogger(ExampleLoader.class);

    private final JpaPlanRepository repository;
    private final PlanJson json;

    ExampleLoader(JpaPlanRepository repository, PlanJson json) {
        this.repository = repository;
        this.json = json;
    }

    /** @return how many plans were loaded */
    int loadIfEmpty(Path folder) {
        if (repository.countAll() > 0) {
            return 0;
        }
        int loaded = 0;
        for (Path file : examples(folder)) {
            Plan plan;
            try {
                plan = json.read(Files.readString(file));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Example plan {} not loaded: {}", file, e.getMessage());
                continue;
            }
            repository.create(plan, status(plan), USER, null);
            loaded++;
        }
        LOG.info("Loaded {} example plans from {} into the empty plan store", loaded, folder);
        return loaded;
    }

    /** A plan with a registered number has been issued; one with a blank number is still a draft. */
    static PlanStatus status(Plan plan) {
        return plan.number() != null && !plan.number().isDraft() ? PlanStatus.ISSUED : PlanStatus.DRAFT;
    }

    private static List<Path> examples(Path folder) {
        if (!Files.isDirectory(folder)) {
            LOG.warn("No example plans loaded: {} is not a folder", folder);
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            LOG.warn("No example plans loaded: cannot list {}: {}", folder, e.getMessage());
            return List.of();
        }
    }
}
