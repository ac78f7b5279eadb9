package vn.thidua.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Version;

import vn.thidua.rules.PackState;
import vn.thidua.rules.RulePack;
import vn.thidua.rules.RulePackInfo;

/**
 * A pack source's history is what an administrator predicts: a pack dropped is in force, a broken
 * one dropped over it leaves it in force, a pack removed never comes back, and a broken file
 * dropped where a pack was removed revives nothing. Checked on the issue's own sequence, then on
 * seeded random sequences of drops, replacements, breakages, bundle updates and removals against a
 * model of those sentences, after every step.
 */
class PackHistoryTest {

    /** The Gia Lai pack in four contents: three versions (2024.1.0 from 2024 only) and a broken one. */
    enum Content { V2023_1, V2023_9, V2024_1, BROKEN }

    private static final Map<Content, PackLoader.Outcome> LOADED = new LinkedHashMap<>();
    private static final String BUNDLE = "bundle:65:rulepacks/gia-lai-2023.yaml";
    private static final List<String> FILES = List.of("file:/rulepacks/x.yaml", "file:/rulepacks/y.yaml");
    private static final List<LocalDate> DATES = List.of(LocalDate.of(2022, 6, 1), LocalDate.of(2023, 6, 1),
            LocalDate.of(2024, 6, 1));

    @BeforeAll
    static void loadEachContentOnce(@TempDir Path folder) throws IOException {
        String pack;
        try (InputStream in = PackHistoryTest.class.getClassLoader().getResourceAsStream("rulepacks/gia-lai-2023.yaml")) {
            pack = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<Content, UnaryOperator<String>> edits = Map.of(
                Content.V2023_1, p -> p,
                Content.V2023_9, p -> p.replace("version: 2023.1.0", "version: 2023.9.7"),
                Content.V2024_1, p -> p.replace("version: 2023.1.0", "version: 2024.1.0")
                        .replace("validFrom: 2023-01-01", "validFrom: 2024-01-01"),
                Content.BROKEN, p -> p.replace("type: number-format", "type: no-such-type"));
        PackLoader loader = new PackLoader();
        for (Content content : Content.values()) {
            Path file = folder.resolve(content + ".yaml");
            Files.writeString(file, edits.get(content).apply(pack), StandardCharsets.UTF_8);
            PackLoader.Outcome outcome = loader.load(file.toUri().toURL(), content.toString(), -1);
            assertThat(outcome.pack() == null).as("%s refused: %s", content, outcome.info().refusal())
                    .isEqualTo(content == Content.BROKEN);
            LOADED.put(content, outcome);
        }
    }

    // ----------------------------------------------------------------------------------------
    // The sequences of the issue and of the README, step by step.

    @Test
    void aRolledBackPackStaysRolledBackWhenABrokenFileIsDroppedWhereItWas() {
        World world = new World();
        world.drop(BUNDLE, Content.V2023_1);
        world.drop(FILES.get(0), Content.V2023_9);
        assertThat(world.inForce(2023)).isEqualTo("gia-lai@2023.9.7");
        world.remove(FILES.get(0));
        assertThat(world.inForce(2023)).as("rolled back").isEqualTo("gia-lai@2023.1.0");

        world.drop(FILES.get(0), Content.BROKEN);

        assertThat(world.inForce(2023)).as("the removed pack does not come back").isEqualTo("gia-lai@2023.1.0");
        assertThat(world.refusals()).singleElement().asString().doesNotContain("stays in force");
    }

    @Test
    void aBrokenFileOverAPackInForceLeavesThatPackInForce() {
        World world = new World();
        world.drop(FILES.get(0), Content.V2023_9);
        world.drop(FILES.get(0), Content.BROKEN);

        assertThat(world.inForce(2023)).isEqualTo("gia-lai@2023.9.7");
        assertThat(world.refusals()).singleElement().asString()
                .endsWith("(pack gia-lai@2023.9.7 loaded before from here stays in force)");
    }

    @Test
    void aBundleUpdatedWithBrokenContentKeepsItsPackButAStoppedOneDoesNot() {
        World world = new World();
        world.drop(BUNDLE, Content.V2023_9);
        world.update(BUNDLE, Content.BROKEN);
        assertThat(world.inForce(2023)).as("bundle:update broken").isEqualTo("gia-lai@2023.9.7");

        world.remove(BUNDLE);           // bundle:stop
        world.update(BUNDLE, Content.BROKEN);
        world.drop(BUNDLE, Content.BROKEN); // bundle:start

        assertThat(world.inForce(2023)).as("stopped, then started broken").isNull();
    }

    // ----------------------------------------------------------------------------------------
    // Random sequences against the model.

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void everySequenceEndsWhereTheAdministratorPredicts(long seed) {
        Random random = new Random(seed);
        for (int sequence = 0; sequence < 25; sequence++) {
            World world = new World();
            Model model = new Model();
            List<String> steps = new ArrayList<>();
            for (int step = 0; step < 30; step++) {
                String source = random.nextInt(3) == 0 ? BUNDLE : FILES.get(random.nextInt(FILES.size()));
                Content content = Content.values()[random.nextInt(Content.values().length)];
                int op = random.nextInt(source.equals(BUNDLE) ? 3 : 2);
                switch (op) {
                    case 0 -> {
                        steps.add("drop " + content + " at " + source);
                        world.drop(source, content);
                        model.drop(source, content);
                    }
                    case 1 -> {
                        steps.add("remove " + source);
                        world.remove(source);
                        model.remove(source);
                    }
                    default -> {
                        steps.add("bundle:update " + content);
                        world.update(source, content);
                        model.update(source, content);
                    }
                }
                model.assertMatches(world, String.join(", ", steps));
            }
        }
    }

    /** The catalog under test, driven the way the folder watcher and the extender drive it. */
    private static final class World {

        final PackCatalog catalog = new PackCatalog();

        /** A file written (new or over another), or a bundle started. */
        void drop(String source, Content content) {
            catalog.put(source, LOADED.get(content));
        }

        /** A file deleted, or a bundle stopped or uninstalled. */
        void remove(String source) {
            catalog.remove(source, false);
        }

        /** {@code bundle:update}: the bundle stopped for its replacement (if it ran), started with the new content. */
        void update(String source, Content content) {
            catalog.remove(source, true);
            catalog.put(source, LOADED.get(content));
        }

        String inForce(int year) {
            return catalog.inForce("gia-lai", LocalDate.of(year, 6, 1)).map(p -> p.info().id()).orElse(null);
        }

        List<String> refusals() {
            return catalog.packs().stream().filter(p -> p.state() == PackState.REFUSED).map(RulePackInfo::refusal).toList();
        }
    }

    /**
     * What an administrator predicts, in the words of the README: each place (file, bundle entry)
     * has the pack dropped there in force, unless it is broken or the same pack is in force from
     * another place; then the place keeps the pack it had in force (if any) and lists the refusal.
     * A removed place has nothing. An update is a drop on a place that keeps what it had.
     */
    private static final class Model {

        private record Place(Content inForce, boolean refused) {
        }

        private final Map<String, Place> places = new LinkedHashMap<>();

        void drop(String source, Content content) {
            Place before = places.get(source);
            Content kept = before == null ? null : before.inForce();
            boolean elsewhere = places.entrySet().stream()
                    .anyMatch(e -> !e.getKey().equals(source) && e.getValue().inForce() == content);
            places.put(source, content == Content.BROKEN || elsewhere ? new Place(kept, true) : new Place(content, false));
        }

        void remove(String source) {
            places.remove(source);
        }

        void update(String source, Content content) {
            drop(source, content);
        }

        void assertMatches(World world, String steps) {
            List<String> loaded = places.values().stream().map(Place::inForce).filter(c -> c != null)
                    .map(c -> LOADED.get(c).pack().info().id()).sorted().toList();
            assertThat(world.catalog.packs().stream().filter(p -> p.state() == PackState.LOADED).map(RulePackInfo::id)
                    .sorted().toList()).as("loaded after %s", steps).isEqualTo(loaded);
            List<String> kept = places.values().stream().filter(Place::refused)
                    .map(p -> p.inForce() == null ? "-" : LOADED.get(p.inForce()).pack().info().id()).sorted().toList();
            assertThat(world.refusals().stream().map(Model::keptIn).sorted().toList())
                    .as("refusals (and the pack each keeps) after %s", steps).isEqualTo(kept);
            for (LocalDate date : DATES) {
                Optional<String> predicted = places.values().stream().map(Place::inForce).filter(c -> c != null)
                        .map(c -> LOADED.get(c).pack().info()).filter(i -> i.covers(date))
                        .max(Comparator.comparing(i -> Version.parseVersion(i.version()))).map(RulePackInfo::id);
                assertThat(world.catalog.inForce("gia-lai", date).map(RulePack::info).map(RulePackInfo::id))
                        .as("in force on %s after %s", date, steps).isEqualTo(predicted);
            }
        }

        private static String keptIn(String refusal) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(pack (\\S+) loaded before from here stays in force\\)$")
                    .matcher(refusal);
            return m.find() ? m.group(1) : "-";
        }
    }
}
