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

    /**
     * The fixture as it was encoded in schema 1 ({@code /v1/}), read through the upgrade, or null
     * when it was first encoded in schema 2.
     */
    public static Plan v1(String seed) {
        String resource = "/v1/" + seed + ".json";
        if (Fixtures.class.getResource(resource) == null) {
            return null;
        }
        return JSON.read(SeedText.resource(resource));
    }
}
