package vn.thidua.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.plan.json.PlanJson;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.plan.seed.SeedText;
import vn.thidua.plan.walk.Located;
import vn.thidua.plan.walk.PlanWalk;

/** A task answers its own fields, under the names its JSON gives them. */
class TaskFieldTest {

    @Test
    void eachFieldIsTheTasksOwnUnderItsJsonName() throws Exception {
        int seen = 0;
        for (String seed : SeedText.SEEDS) {
            Plan plan = Fixtures.plan(seed);
            JsonNode root = new ObjectMapper().readTree(new PlanJson().write(plan));
            for (Located<Task> located : PlanWalk.of(plan).tasks()) {
                Task task = located.value();
                assertThat(task.field(TaskField.TIMING)).isSameAs(task.timing());
                assertThat(task.field(TaskField.PLACE)).isSameAs(task.place());
                assertThat(task.field(TaskField.LEAD)).isSameAs(task.lead());
                assertThat(task.field(TaskField.COORDINATION)).isSameAs(task.coordination());
                for (TaskField field : TaskField.values()) {
                    JsonNode node = root.at(located.at(field.property()));
                    assertThat(node.isMissingNode()).as(located.at(field.property())).isEqualTo(task.field(field) == null);
                    if (task.field(field) != null) {
                        seen++;
                        assertThat(node.path("text").asText(null)).isEqualTo(task.field(field).text());
                        assertThat(node.path("label").asText(null)).isEqualTo(task.field(field).label());
                    }
                }
            }
        }
        assertThat(seen).as("fields seen in the fixtures").isGreaterThan(30);
    }
}
