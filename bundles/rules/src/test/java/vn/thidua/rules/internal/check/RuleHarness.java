package vn.thidua.rules.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanKind;
import vn.thidua.rules.Finding;
import vn.thidua.rules.Severity;
import vn.thidua.rules.internal.PlanDates;
import vn.thidua.rules.internal.Pointers;
import vn.thidua.rules.internal.descriptor.DescriptorReader;
import vn.thidua.rules.internal.descriptor.PackDescriptor;
import vn.thidua.rules.internal.descriptor.PackDescriptor.RuleSpec;

/**
 * Compiles one rule of a given type, with the content of a shipped pack as its defaults, and runs it
 * on a plan the way a pack does.
 */
final class RuleHarness {

    static final DescriptorReader READER = new DescriptorReader();

    private RuleHarness() {
    }

    /** A shipped pack's descriptor by file name without extension ({@code gia-lai-2023}). */
    static PackDescriptor pack(String name) {
        try (InputStream in = RuleHarness.class.getClassLoader().getResourceAsStream("rulepacks/" + name + ".yaml")) {
            if (in == null) {
                throw new IllegalArgumentException("no shipped pack " + name);
            }
            return READER.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rule of {@code type} whose id is the type, severity error, parameters in YAML flow style ({@code {ordered: false}}). */
    static CompiledRule rule(String pack, String type, String parameters) {
        return rule(pack(pack), type, type, Severity.ERROR, parameters, List.of());
    }

    static CompiledRule rule(String pack, String type) {
        return rule(pack, type, null);
    }

    static CompiledRule rule(PackDescriptor pack, String id, String type, Severity severity, String parameters,
            List<PlanKind> kinds) {
        ObjectNode params;
        try {
            params = parameters == null ? null : (ObjectNode) READER.mapper().readTree(parameters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RuleSpec spec = new RuleSpec(id, type, severity, "mô tả của " + id, kinds, params);
        PackDescriptor one = new PackDescriptor(pack.format(), pack.pack(), pack.issuer(), pack.outline(), pack.outlineNumbering(), pack.tasks(),
                pack.calendar(), pack.awards(), pack.defaults(), List.of(spec), pack.template(), pack.windows(), pack.templates());
        return RuleTypes.compile(one, READER.mapper()).get(0);
    }

    /** A plan the pack's template drafts for the year. */
    static Plan draft(String pack, int year) {
        return new vn.thidua.rules.internal.template.Drafter(pack(pack), READER.mapper()).draft(year, "test:" + pack);
    }

    /** A time as the importer reads its wording. */
    static vn.thidua.plan.Timing timing(String label, String text, int year) {
        return vn.thidua.plan.text.TimingParser.parse(label, text, year);
    }

    /** The rule's findings on the plan, on the date that selects the plan's pack. */
    static List<Finding> check(CompiledRule rule, Plan plan) {
        return check(rule, plan, PlanDates.dateOf(plan));
    }

    static List<Finding> check(CompiledRule rule, Plan plan, LocalDate date) {
        return rule.run(RuleContext.of(plan, date));
    }

    /**
     * The one finding names its rule, severity and place in the plan's JSON, and says in Vietnamese
     * what was expected and what was found.
     */
    static Finding assertOne(List<Finding> findings, Plan plan, String ruleId, String pointer, String expected,
            String found) {
        assertThat(findings).as("findings of %s", ruleId).hasSize(1);
        Finding finding = findings.get(0);
        assertFinding(finding, plan, ruleId, pointer, expected, found);
        return finding;
    }

    static void assertFinding(Finding finding, Plan plan, String ruleId, String pointer, String expected, String found) {
        assertThat(finding.ruleId()).isEqualTo(ruleId);
        assertThat(finding.pointer()).isEqualTo(pointer);
        assertThat(finding.expected()).as("expected of %s", finding.message()).contains(expected);
        assertThat(finding.found()).as("found of %s", finding.message()).contains(found);
        assertThat(finding.message()).contains("cần " + finding.expected()).contains("thấy " + finding.found())
                .matches("(?s).*[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ].*");
        Pointers.assertResolves(plan, pointer);
    }

    static void assertSeverity(List<Finding> findings, Severity severity) {
        assertThat(findings).extracting(Finding::severity).containsOnly(severity);
    }
}
