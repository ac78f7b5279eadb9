package vn.thidua.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.rules.PackState;
import vn.thidua.rules.RulePackInfo;

/**
 * The sandbox of expression rules holds when the pack loads: a pack whose expression would create
 * objects, reach classes, the system or files, write, loop, or grow beyond the limits is refused,
 * with a reason naming the rule, and never runs.
 */
class ExpressionSandboxTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    /** The Gia Lai pack with one more rule, {@code hostile}, whose test is the expression. */
    private RulePackInfo load(String expression) throws IOException {
        String pack;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("rulepacks/gia-lai-2023.yaml")) {
            pack = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String rule = "  - id: hostile\n    type: expression\n    description: Thử hộp cát\n    parameters:\n"
                + "      test: " + JSON.writeValueAsString(expression) + "\n      expected: không gì\n";
        Path file = folder.resolve("gia-lai-hostile.yaml");
        Files.writeString(file, pack.replace("\ntemplate:", rule + "\ntemplate:"), StandardCharsets.UTF_8);
        return new PackLoader().load(file.toUri().toURL(), "test", -1).info();
    }

    @Test
    void anExpressionWithinTheSandboxLoads() throws IOException {
        RulePackInfo info = load("plan.tasks().size() > 0 && plan.summary() =~ '.*' + year + '.*'");

        assertThat(info.refusal()).isNull();
        assertThat(info.state()).isEqualTo(PackState.LOADED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        creating an object        | new('java.io.File', '/etc/passwd').exists()          | create instance error
        reaching a class          | ''.class.forName('java.lang.Runtime')                | uses 'class'
        reaching a class loader   | plan.getClass().getClassLoader()                     | uses 'getClass'
        the system                | java.lang.System.exit(0)                             | uses the variable 'java'
        the runtime               | Runtime.getRuntime().exec('rm')                      | uses the variable 'Runtime'
        a namespace function      | fs:readAllLines('/etc/passwd')                       | calls a function
        a function                | exit(0)                                              | calls a function
        a member read by name     | ''['class']                                          | by name in brackets
        a template string         | `${plan.summary()}` == ''                            | template string
        a method off the list     | plan.summary().getBytes().length == 0                | uses 'getBytes'
        an unbounded method       | 1E999999999B.toPlainString().length() > 0            | uses 'toPlainString'
        a regex method            | plan.summary().matches('.*')                         | match a regular expression with =~
        an assignment             | year = 2000                                          | assign
        a side effect             | plan.summary() += 'x'                                | not a valid expression
        a local variable          | var x = 1; x == 1                                    | not a valid expression
        a loop                    | for (var t : plan.tasks()) { t }                     | parsing error
        a while loop              | while (true) { }                                     | parsing error
        a lambda                  | (t -> true)(1)                                       | not a valid expression
        a pragma                  | #pragma jexl.import java.io\\n true                  | not a valid expression
        an annotation             | @synchronized(plan) { true }                         | not a valid expression
        """)
    void aForbiddenExpressionIsRefusedWhenThePackLoadsNamingTheRule(String what, String expression, String reason)
            throws IOException {
        RulePackInfo info = load(expression.replace("\\n", "\n"));

        assertThat(info.state()).as(what).isEqualTo(PackState.REFUSED);
        assertThat(info.refusal()).as(what).matches("/rules/\\d+/parameters/test: rule 'hostile' \\(expression\\): .*")
                .contains(reason);
    }

    @Test
    void anExpressionLongerThanTheBudgetIsRefused() throws IOException {
        assertThat(load("1" + " + 1".repeat(300) + " > 0").refusal())
                .containsPattern("rule 'hostile' \\(expression\\): the expression has 6\\d\\d nodes; an expression has at most 400");
        assertThat(load("'" + "a".repeat(3000) + "' != ''").refusal())
                .contains("the expression is 3008 characters long; an expression has at most 2000");
    }

    @Test
    void anExpressionNestedDeeperThanTheParserShouldRecurseIsRefusedBeforeParsing() throws IOException {
        assertThat(load("(".repeat(5000) + "true" + ")".repeat(5000)).refusal())
                .contains("rule 'hostile' (expression): the expression is 10004 characters long");
        assertThat(load("(".repeat(40) + "true" + ")".repeat(40)).refusal())
                .contains("rule 'hostile' (expression): the expression nests brackets more than 32 deep");
    }

    @Test
    void aRegularExpressionThatBacktracksForAgesOnTheDraftRefusesThePack() throws IOException {
        RulePackInfo info = load("plan.summary() + 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' =~ '(.*a){25}b'");

        assertThat(info.state()).isEqualTo(PackState.REFUSED);
        assertThat(info.refusal()).startsWith("/template: the template's draft of a YEARLY plan for 2023 fails rule hostile at : ")
                .contains("so khớp biểu thức chính quy vượt quá 1000000 bước");
    }
}
