package vn.thidua.plan.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The build carries copies of the seeds so it runs from a clone alone; where the shared seeds sit
 * beside the checkout (as on developers' machines and in CI), the copies must be identical.
 */
class SeedCopiesTest {

    static java.util.stream.Stream<String> seeds() {
        return SeedText.SEEDS.stream();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void copyIsIdenticalToTheSharedSeed(String seed) throws IOException {
        Path shared = Path.of(System.getProperty("thidua.shared.seeds", "../../../shared/seeds"), seed + ".txt");
        assumeTrue(Files.exists(shared), "shared seeds not beside this checkout: " + shared.toAbsolutePath());
        assertThat(SeedText.raw(seed)).isEqualTo(Files.readString(shared));
    }
}
