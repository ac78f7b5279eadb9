package vn.thidua.plan.seed;

import vn.thidua.plan.Plan;
import vn.thidua.plan.json.PlanJson;

/** The hand-encoded seed plans in src/test/resources/fixtures. */
public final class Fixtures {

    private static final PlanJson JSON = new PlanJson();

    private Fixtures() {
    }

    public static String json(String seed) {
        return SeedText.resource("/fixtures/" + seed + ".json");
    }

    public static Plan plan(String seed) {
        return JSON.read(json(seed));
    }
}
