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

    /**
     * A constructed schema 2 plan that holds every element schema 2 adds (award, assignment, item
     * lists, scoring tables, appendix, period, recurring and duration times, two-line letterhead,
     * signature chain, multi-addressee recipients), for tests of what renders or walks them.
     */
    public static Plan everyElement() {
        return JSON.read(SeedText.resource("/v2/every-element.json"));
    }

    /** The reading order of {@link #everyElement()}, written by hand. */
    public static String everyElementText() {
        return SeedText.resource("/v2/every-element.txt");
    }

    /** A seed's plan as today's main wrote it, in schema 1. */
    public static String v1Json(String seed) {
        return SeedText.resource("/v1/" + seed + ".json");
    }
}
