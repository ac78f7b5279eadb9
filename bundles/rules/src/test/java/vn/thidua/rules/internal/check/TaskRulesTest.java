package vn.thidua.rules.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.rules.internal.check.RuleHarness.assertFinding;
import static vn.thidua.rules.internal.check.RuleHarness.assertOne;
import static vn.thidua.rules.internal.check.RuleHarness.check;
import static vn.thidua.rules.internal.check.RuleHarness.pack;
import static vn.thidua.rules.internal.check.RuleHarness.rule;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.AssignmentBuilder;
import vn.thidua.plan.Plan;
import vn.thidua.plan.TaskField;
import vn.thidua.plan.TaskLayout;
import vn.thidua.plan.TaskList;
import vn.thidua.plan.TaskListBuilder;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.rules.Finding;
import vn.thidua.rules.Severity;
import vn.thidua.rules.internal.PlanEdit;
import vn.thidua.rules.internal.descriptor.DescriptorException;
import vn.thidua.rules.internal.descriptor.PackDescriptor;

/** {@code task-fields} and {@code task-layout}: what each task carries, and how the province lays tasks out. */
class TaskRulesTest {

    /** Hưng Yên 2024: Đơn vị chủ trì, Đơn vị phối hợp, Thời gian hoàn thành on every task. */
    private static final Plan HUNG_YEN = Fixtures.plan("004_a5c35aef69c6ea26");
    private static final String HY_LIST = "/sections/1/blocks/0";
    /** Bắc Giang 2018: a table TT / Nội dung công việc / Thời gian / Thực hiện. */
    private static final Plan BAC_GIANG = Fixtures.plan("000_d3ad60d258665efa");
    private static final String BG_TABLE = "/sections/1/blocks/0/blocks/0";

    private final CompiledRule fields = rule("hung-yen-2024", "task-fields");
    private final CompiledRule hungYenLayout = rule("hung-yen-2024", "task-layout");
    private final CompiledRule bacGiangLayout = rule("bac-giang-2018", "task-layout");

    @Test
    void silentWhenEveryTaskHasItsFieldsLaidOutTheProvincesWay() {
        assertThat(check(fields, HUNG_YEN)).isEmpty();
        assertThat(check(hungYenLayout, HUNG_YEN)).isEmpty();
        assertThat(check(bacGiangLayout, BAC_GIANG)).isEmpty();
    }

    @Test
    void aTaskWithoutItsLeadUnitIsFound() {
        Plan plan = PlanEdit.task(HUNG_YEN, HY_LIST + "/tasks/2", t -> t.lead(null));

        Finding finding = assertOne(check(fields, plan), plan, "task-fields", HY_LIST + "/tasks/2/lead",
                "đơn vị chủ trì", "(không có)");
        assertThat(finding.message()).startsWith("Nhiệm vụ 3. thiếu đơn vị chủ trì");
    }

    @Test
    void eachMissingFieldIsAFinding() {
        Plan plan = PlanEdit.task(HUNG_YEN, HY_LIST + "/tasks/0", t -> t.coordination(null).timing(null));

        List<Finding> findings = check(fields, plan);

        assertThat(findings).hasSize(2);
        assertFinding(findings.get(0), plan, "task-fields", HY_LIST + "/tasks/0/coordination", "đơn vị phối hợp",
                "(không có)");
        assertFinding(findings.get(1), plan, "task-fields", HY_LIST + "/tasks/0/timing", "thời gian hoàn thành",
                "(không có)");
    }

    @Test
    void tasksWrittenAsNumberedParagraphsAreStandingTasksButAFieldTheListLaysOutIsRequired() {
        Plan bacGiang2024 = Fixtures.plan("001_b902e8c9f1ecfedd");
        String contents = "/sections/1/blocks/0/blocks/0";
        CompiledRule bacGiangFields = rule("bac-giang-2024", "task-fields");

        assertThat(bacGiang2024.tasks()).hasSize(14).allSatisfy(t -> assertThat(t.timing()).isNull());
        assertThat(check(bacGiangFields, bacGiang2024)).isEmpty();

        Plan scheduled = PlanEdit.at(bacGiang2024, contents, TaskList.class,
                l -> TaskListBuilder.builder(l).fields(List.of(TaskField.TIMING)).build());
        List<Finding> findings = check(bacGiangFields, scheduled);
        assertThat(findings).hasSize(2 * 8).extracting(Finding::pointer).startsWith(contents + "/tasks/0/timing",
                contents + "/tasks/0/lead");
    }

    @Test
    void aTaskWithoutOrdinalIsNamedByItsContent() {
        Plan bacGiang2020 = Fixtures.plan("002_d4688f34a2318412");
        String task = "/sections/2/blocks/1/blocks/1/tasks/0";
        Plan plan = PlanEdit.task(bacGiang2020, task, t -> t.timing(null));

        assertThat(check(rule("bac-giang-2018", "task-fields"), plan)).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("Nhiệm vụ “Đăng ký danh hiệu thi đua năm 2020 (cho …” thiếu"));
    }

    @Test
    void theRequiredFieldsAreAParameter() {
        List<Finding> findings = check(rule("hung-yen-2024", "task-fields", "{required: [PLACE]}"), HUNG_YEN);

        assertThat(findings).hasSize(HUNG_YEN.tasks().size()).allMatch(f -> f.pointer().endsWith("/place"));
    }

    @Test
    void aPackThatNamesNoRequiredFieldCannotUseTheRule() {
        PackDescriptor hungYen = pack("hung-yen-2024");
        PackDescriptor noTasks = new PackDescriptor(hungYen.format(), hungYen.pack(), hungYen.issuer(), hungYen.outline(), hungYen.outlineNumbering(),
                null, hungYen.calendar(), hungYen.awards(), hungYen.defaults(), hungYen.rules(), hungYen.template(), hungYen.windows(), hungYen.templates());

        assertThatThrownBy(() -> rule(noTasks, "fields", "task-fields", Severity.ERROR, null, List.of()))
                .isInstanceOf(DescriptorException.class)
                .hasMessage("/rules/0/parameters/required: rule 'fields' (task-fields): names no field (and the pack's"
                        + " tasks.required is empty)");
    }

    @Test
    void aLabelTheProvinceDoesNotWriteIsFound() {
        Plan plan = PlanEdit.task(HUNG_YEN, HY_LIST + "/tasks/0", t -> t.lead(AssignmentBuilder.builder(t.lead())
                .label("Đơn vị thực hiện").build()));

        assertOne(check(hungYenLayout, plan), plan, "task-layout", HY_LIST + "/tasks/0/lead/label", "“Đơn vị chủ trì”",
                "“Đơn vị thực hiện”");
        assertThat(check(hungYenLayout, PlanEdit.task(HUNG_YEN, HY_LIST + "/tasks/0", t -> t.lead(
                AssignmentBuilder.builder(t.lead()).label("đơn vị chủ trì:").build())))).isEmpty();
    }

    @Test
    void aLayoutTheProvinceDoesNotUseIsFound() {
        Plan plan = PlanEdit.at(HUNG_YEN, HY_LIST, TaskList.class, l -> TaskListBuilder.builder(l)
                .layout(TaskLayout.INLINE).build());

        assertOne(check(hungYenLayout, plan), plan, "task-layout", HY_LIST + "/layout", "“từng mục có nhãn”",
                "“trong lời văn”");
    }

    @Test
    void tableColumnsAreTheProvinces() {
        Plan renamed = PlanEdit.at(BAC_GIANG, BG_TABLE, TaskList.class, l -> TaskListBuilder.builder(l)
                .columns(List.of("STT", "Nội dung", "Thời gian", "Đơn vị thực hiện")).build());
        Plan restyled = PlanEdit.at(BAC_GIANG, BG_TABLE, TaskList.class, l -> TaskListBuilder.builder(l)
                .columns(List.of("TT", "NỘI DUNG CÔNG VIỆC", "Thời gian.", "thực hiện")).build());

        assertOne(check(bacGiangLayout, renamed), renamed, "task-layout", BG_TABLE + "/columns",
                "TT / Nội dung công việc / Thời gian / Thực hiện", "STT / Nội dung / Thời gian / Đơn vị thực hiện");
        assertThat(check(bacGiangLayout, restyled)).isEmpty();
    }
}
