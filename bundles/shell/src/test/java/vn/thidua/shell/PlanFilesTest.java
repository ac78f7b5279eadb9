package vn.thidua.shell;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.support.CommandException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanCodec;
import vn.thidua.plan.PlanFormatException;

class PlanFilesTest {

    @TempDir
    Path tmp;

    Path currentDir;
    Path karafBase;

    @BeforeEach
    void layout() throws IOException {
        currentDir = Files.createDirectories(tmp.resolve("cwd"));
        karafBase = Files.createDirectories(tmp.resolve("karaf"));
    }

    @Test
    void relativeNameIsLookedUpInTheCurrentDirectoryFirst() throws Exception {
        Path inCwd = write(currentDir.resolve("examples/plan.json"), "{}");
        write(karafBase.resolve("examples/plan.json"), "{}");

        assertThat(PlanFiles.resolve("examples/plan.json", currentDir, karafBase)).isEqualTo(inCwd);
    }

    @Test
    void relativeNameFallsBackToKarafBase() throws Exception {
        Path inBase = write(karafBase.resolve("examples/003_44668950db2da263.json"), "{}");

        assertThat(PlanFiles.resolve("examples/003_44668950db2da263.json", currentDir, karafBase)).isEqualTo(inBase);
    }

    @Test
    void absoluteNameIsTakenAsItIs() throws Exception {
        Path elsewhere = write(tmp.resolve("elsewhere/plan.json"), "{}");

        assertThat(PlanFiles.resolve(elsewhere.toString(), currentDir, karafBase)).isEqualTo(elsewhere);
    }

    @Test
    void missingRelativeFileNamesThePathAndEveryPlaceLooked() {
        assertThatThrownBy(() -> PlanFiles.resolve("examples/missing.json", currentDir, karafBase))
                .isInstanceOf(CommandException.class)
                .hasMessage("Plan file not found: examples/missing.json (looked for "
                        + currentDir.resolve("examples/missing.json") + " and "
                        + karafBase.resolve("examples/missing.json") + ")");
    }

    @Test
    void missingAbsoluteFileNamesThePath() {
        Path missing = tmp.resolve("nowhere/plan.json");

        assertThatThrownBy(() -> PlanFiles.resolve(missing.toString(), currentDir, karafBase))
                .isInstanceOf(CommandException.class)
                .hasMessage("Plan file not found: " + missing);
    }

    @Test
    void outsideKarafOnlyTheCurrentDirectoryIsSearched() throws Exception {
        write(karafBase.resolve("plan.json"), "{}");

        assertThatThrownBy(() -> PlanFiles.resolve("plan.json", currentDir, null))
                .hasMessage("Plan file not found: plan.json (looked for " + currentDir.resolve("plan.json") + ")");
    }

    @Test
    void aDirectoryIsNotAPlanFile() throws Exception {
        Files.createDirectories(currentDir.resolve("examples"));

        assertThatThrownBy(() -> PlanFiles.resolve("examples", currentDir, null))
                .isInstanceOf(CommandException.class)
                .hasMessageStartingWith("Plan file not found: examples");
    }

    @Test
    void showPrintsWhatTheCodecRendersFromTheFileBytes() throws Exception {
        Path file = write(currentDir.resolve("plan.json"), "{\"title\":\"Kế hoạch thi đua năm 2023\"}");

        assertThat(PlanFiles.show(new EchoCodec(), file))
                .isEqualTo("rendered {\"title\":\"Kế hoạch thi đua năm 2023\"}");
    }

    @Test
    void invalidPlanNamesTheFileAndTheJsonField() throws Exception {
        Path file = write(currentDir.resolve("bad.json"), "{\"sections\":[{\"title\":\"\"}]}");

        assertThatThrownBy(() -> PlanFiles.show(new EchoCodec(), file))
                .isInstanceOf(CommandException.class)
                .hasMessage("Not a valid plan: " + file + ": /sections/0/title: must not be blank")
                .hasCauseInstanceOf(PlanFormatException.class);
    }

    @Test
    void unreadableFileIsACommandError() throws Exception {
        // Opening a directory as a stream works on Linux; reading it fails, inside the codec.
        Path directory = Files.createDirectories(currentDir.resolve("dir.json"));

        assertThatThrownBy(() -> PlanFiles.show(new EchoCodec(), directory))
                .isInstanceOf(CommandException.class)
                .hasMessage("Cannot read plan file " + directory + ": Is a directory")
                .hasCauseInstanceOf(IOException.class);
    }

    private static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, UTF_8);
    }

    /**
     * A stand-in for the plan codec: it "reads" the raw UTF-8 text and renders it back, and fails
     * like the real one on a blank section title. It never builds a {@link Plan}, so {@code read}
     * returns {@code null} and {@code readingOrder} renders the text it last read.
     */
    private static final class EchoCodec implements PlanCodec {

        private String lastRead;

        @Override
        public Plan read(InputStream json) {
            try {
                lastRead = new String(json.readAllBytes(), UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (lastRead.contains("\"title\":\"\"")) {
                throw new PlanFormatException("/sections/0/title", "must not be blank", null);
            }
            return null;
        }

        @Override
        public Plan read(String json) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String write(Plan plan) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String readingOrder(Plan plan) {
            return "rendered " + lastRead;
        }

        @Override
        public String schema() {
            throw new UnsupportedOperationException();
        }
    }
}
