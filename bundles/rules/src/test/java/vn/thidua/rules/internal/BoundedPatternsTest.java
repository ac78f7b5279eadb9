package vn.thidua.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.thidua.plan.Plan;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.plan.walk.Located;
import vn.thidua.plan.walk.PlanWalk;
import vn.thidua.rules.Finding;
import vn.thidua.rules.PackState;
import vn.thidua.rules.RulePackInfo;
import vn.thidua.rules.Severity;
import vn.thidua.rules.ValidationReport;

/**
 * What a pack supplies runs bounded: its regular expressions on a linear-time engine (or refused at
 * load, naming where they are), a whole validation within its time budget, its file within a size.
 * The Gia Lai pack, edited, against the Gia Lai seed plan.
 */
class BoundedPatternsTest {

    private static final Plan GIA_LAI = Fixtures.plan("003_44668950db2da263");
    private static final String REDOS = "(.*A){25}B";

    @TempDir
    Path folder;

    private static String giaLai() throws IOException {
        try (InputStream in = BoundedPatternsTest.class.getClassLoader().getResourceAsStream("rulepacks/gia-lai-2023.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private PackLoader.Outcome load(PackLoader loader, UnaryOperator<String> edit) throws IOException {
        Path file = folder.resolve("gia-lai-edited.yaml");
        Files.writeString(file, edit.apply(giaLai()), StandardCharsets.UTF_8);
        return loader.load(file.toUri().toURL(), "test", -1);
    }

    private static String accepting(String pack, String regex) {
        return pack.replace("{number: \"III.\", heading: NỘI DUNG THỰC HIỆN}",
                "{number: \"III.\", heading: NỘI DUNG THỰC HIỆN, accept: ['" + regex + "']}");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against a hang, not a measure of speed
    void anOutlinePatternThatBacktracksForAgesInJavaFinishesWithAClearFinding() throws IOException {
        PackLoader.Outcome outcome = load(new PackLoader(), pack -> accepting(pack, REDOS));
        assertThat(outcome.info().refusal()).isNull();
        Plan plan = PlanEdit.section(GIA_LAI, "/sections/2", s -> s.heading("A".repeat(40) + "!"));

        ValidationReport report = outcome.pack().validate(plan);

        // java.util.regex would spin for minutes on this heading; RE2 says "no match" at once.
        assertThat(report.findings()).extracting(Finding::ruleId).doesNotContain(LoadedPack.TIME_BUDGET);
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("required-sections"))
                .extracting(Finding::pointer).containsExactlyInAnyOrder("/sections", "/sections/2/heading");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        a backreference | (NỘI) \\\\1           | no backreference
        a lookahead     | (?=NỘI).*             | no lookahead or lookbehind
        a lookbehind    | .*(?<!A) THỰC HIỆN    | no lookahead or lookbehind
        a huge program  | (((A{1000}){1000}))   | repeat counts multiply to 1000000
        """)
    void anOutlinePatternRe2CannotRunIsRefusedAtLoadNamingItsPointer(String what, String regex, String reason)
            throws IOException {
        RulePackInfo info = load(new PackLoader(), pack -> accepting(pack, regex.replace("\\\\", "\\"))).info();

        assertThat(info.state()).as(what).isEqualTo(PackState.REFUSED);
        assertThat(info.refusal()).as(what).startsWith("/outline/2/accept/0: rule 'required-sections' (required-sections): ")
                .contains(reason);
    }

    @Test
    void aNumberPatternRe2CannotRunIsRefusedAtLoadNamingItsPointer() throws IOException {
        RulePackInfo info = load(new PackLoader(), pack -> pack.replace("    type: number-format\n",
                "    type: number-format\n    parameters: {numberPattern: '(?!00)[0-9]+'}\n")).info();

        assertThat(info.state()).isEqualTo(PackState.REFUSED);
        assertThat(info.refusal()).matches("/rules/\\d+/parameters/numberPattern: rule 'number-format' \\(number-format\\): "
                + "is not a regular expression this platform runs .*no lookahead or lookbehind.*");
    }

    @Test
    void aPackFileOverTheSizeLimitIsRefusedBeforeItIsParsed() throws IOException {
        // A valid pack padded past the default 1 MiB: refused for its size alone.
        RulePackInfo padded = load(new PackLoader(), pack -> pack + "\n# " + "đệm ".repeat(300_000) + "\n").info();
        assertThat(padded.state()).isEqualTo(PackState.REFUSED);
        assertThat(padded.refusal()).startsWith("the file has ").endsWith(
                "bytes; a pack file has at most 1048576 bytes (maxPackBytes of vn.thidua.rules.registry); it was not read");

        // Not even parsed: the same size of broken YAML gets the same refusal, not a syntax error.
        RulePackInfo broken = load(new PackLoader(), pack -> "{[".repeat(600_000)).info();
        assertThat(broken.refusal()).contains("a pack file has at most 1048576 bytes").doesNotContain("line");

        // The limit is configured: the shipped pack itself (21 KB) is over 10 KB, and under the default.
        assertThat(load(new PackLoader(new PackLimits(PackLimits.VALIDATION_MILLIS, 10_000)), pack -> pack).info().refusal())
                .contains("a pack file has at most 10000 bytes");
        assertThat(load(new PackLoader(), pack -> pack).info().state()).isEqualTo(PackState.LOADED);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against a hang, not a measure of speed
    void aValidationOverItsTimeBudgetStopsWithAClearError() throws IOException {
        // A deliberately slow rule, run first: linear, but over every task's text, and the texts are long.
        String slow = "  - id: slow\n    type: expression\n    description: Quét chậm từng nhiệm vụ\n    parameters:\n"
                + "      each: tasks\n      test: \"!(it.content() =~ '(.*a){25}b')\"\n      expected: không có\n";
        PackLimits limits = new PackLimits();
        PackLoader.Outcome outcome = load(new PackLoader(limits), pack -> pack.replace("\nrules:\n", "\nrules:\n" + slow));
        assertThat(outcome.info().refusal()).isNull();
        // A new configuration applies to the packs loaded. The seed is checked under a budget no loaded
        // machine can miss, so that this asserts the outcome, never a speed.
        limits.set(60_000, PackLimits.MAX_PACK_BYTES);
        assertThat(outcome.pack().validate(GIA_LAI).findings()).as("the seed within the budget")
                .extracting(Finding::ruleId).doesNotContain(LoadedPack.TIME_BUDGET);
        limits.set(20, PackLimits.MAX_PACK_BYTES);
        String longText = "a".repeat(2_000_000);
        Plan plan = GIA_LAI;
        for (Located<?> task : PlanWalk.of(GIA_LAI).tasks()) {
            plan = PlanEdit.task(plan, task.pointer(), t -> t.content(longText));
        }

        ValidationReport report = outcome.pack().validate(plan);

        List<Finding> findings = report.findings();
        assertThat(report.valid()).isFalse();
        assertThat(findings).last().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(LoadedPack.TIME_BUDGET);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEmpty();
            assertThat(f.found()).isEqualTo("kiểm tra dừng sau 20 ms, ở quy tắc slow");
            assertThat(f.message()).startsWith("Kiểm tra kế hoạch vượt quá thời gian cho phép");
        });
        // The rule that was stopped gave no finding of its own: it did not run to an answer.
        assertThat(findings).extracting(Finding::ruleId).doesNotContain("slow");
    }
}
