package vn.thidua.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.plan.Plan;
import vn.thidua.plan.json.PlanJson;

/** Checks that a finding's pointer names a place in the plan's canonical JSON, as {@code PlanJson} writes it. */
public final class Pointers {

    private static final PlanJson JSON = new PlanJson();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Pointers() {
    }

    /**
     * The pointer resolves to a node of the written plan, or, for a field the plan lacks (a task
     * without {@code lead}), to the object that should hold it.
     */
    public static void assertResolves(Plan plan, String pointer) {
        JsonNode root;
        try {
            root = MAPPER.readTree(JSON.write(plan));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        JsonPointer at = JsonPointer.compile(pointer);
        if (!root.at(at).isMissingNode()) {
            return;
        }
        String field = at.last().getMatchingProperty();
        JsonNode parent = root.at(at.head());
        assertThat(parent.isObject() && !field.matches("\\d+"))
                .as("pointer %s names neither a node of the plan's JSON nor a field of an object in it", pointer)
                .isTrue();
    }
}
