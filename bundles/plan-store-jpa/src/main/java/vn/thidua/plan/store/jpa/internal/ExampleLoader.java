package vn.thidua.plan.store.jpa.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.thidua.plan.Plan;
import vn.thidua.plan.json.PlanJson;
import vn.thidua.plan.store.PlanStatus;
import vn.thidua.plan.store.status.NoRulePackInForceException;
import vn.thidua.plan.store.status.PlanStatusRules;
import vn.thidua.plan.store.status.RulePacksUnavailableException;
import vn.thidua.plan.store.status.StatusRefusedException;

/**
 * Loads the example plans (the five seed plans this bundle carries in {@code examples/}) into a
 * database that holds no plan at all, live or deleted, so a newcomer sees real plans at once. Each is
 * stored as what it really is: VALIDATED when the rule pack in force for it finds no error (the pack
 * is recorded), else a DRAFT; never ISSUED, which takes a person's decision. Plans are never removed
 * for good, so this happens once in the life of a database.
 */
final class ExampleLoader {

    static final String USER = "thidua-examples";

    private static final Logger LOG = LoggerFactory.getLogger(ExampleLoader.class);

    /**
     * An example plan and the status it earns now.
     *
     * @param settled false while its pack cannot answer yet (no registry, no pack in force): judged
     *                again when the packs change, a DRAFT if they never answer
     */
    record Example(String name, Plan plan, PlanStatus status, boolean settled, String why) {
    }

    private final JpaPlanRepository repository;
    private final PlanStatusRules statusRules;
    private final PlanJson json = new PlanJson();

    ExampleLoader(JpaPlanRepository repository, PlanStatusRules statusRules) {
        this.repository = repository;
        this.statusRules = statusRules;
    }

    /** True when the database holds no plan at all: the only time examples are loaded. */
    boolean databaseEmpty() {
        return repository.countAll() == 0;
    }

    /** The example files read as plans, in the order given; one that does not read is left out with a warning. */
    List<Example> read(List<URL> files) {
        List<Example> examples = new ArrayList<>();
        for (URL file : files) {
            String name = file.getPath().substring(file.getPath().lastIndexOf('/') + 1);
            try (InputStream in = file.openStream()) {
                examples.add(judge(new Example(name, json.read(in), PlanStatus.DRAFT, false, "not judged yet")));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Example plan {} not loaded: {}", name, e.getMessage());
            }
        }
        return examples;
    }

    /** The example judged again by the status rules, if it was not settled. */
    Example judge(Example example) {
        if (example.settled()) {
            return example;
        }
        try {
            String pack = statusRules.admit(example.plan(), PlanStatus.VALIDATED);
            return new Example(example.name(), example.plan(), PlanStatus.VALIDATED, true, "validated by " + pack);
        } catch (NoRulePackInForceException | RulePacksUnavailableException notYet) {
            return new Example(example.name(), example.plan(), PlanStatus.DRAFT, false, notYet.getMessage());
        } catch (StatusRefusedException notValid) {
            return new Example(example.name(), example.plan(), PlanStatus.DRAFT, true, notValid.getMessage());
        }
    }

    /** @return how many plans were stored: none when the database holds any plan */
    int loadIfEmpty(List<Example> examples) {
        if (!databaseEmpty()) {
            LOG.info("Example plans not loaded: the plan store holds plans already");
            return 0;
        }
        for (Example example : examples) {
            store(example);
        }
        LOG.info("Loaded {} example plans into the empty plan store", examples.size());
        return examples.size();
    }

    private void store(Example example) {
        PlanStatus status = example.status();
        String why = example.why();
        try {
            repository.create(example.plan(), status, USER, null);
        } catch (StatusRefusedException packChangedSinceJudged) {
            status = PlanStatus.DRAFT;
            why = packChangedSinceJudged.getMessage();
            repository.create(example.plan(), status, USER, null);
        }
        LOG.info("Example plan {} stored as {}: {}", example.name(), status, why);
    }
}
