package vn.thidua.plan.store.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.zaxxer.hikari.HikariDataSource;

import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scripts as the store lists them in Karaf (from its bundle's entries, not Flyway's scanner) are
 * the ones Flyway's scanner finds: a database migrated by either is at the same version, with the same
 * checksums, and one is content with the other's history.
 */
class BundleMigrationsTest {

    @TempDir
    Path folder;

    @Test
    void listedFromTheBundleTheScriptsMigrateAsScanned() {
        try (HikariDataSource scanned = H2PlanRepositoryTest.h2(folder.resolve("scanned"));
                HikariDataSource listed = H2PlanRepositoryTest.h2(folder.resolve("listed"))) {
            SchemaMigrator.configure(scanned).load().migrate();
            fromTheBundle(listed).migrate();

            assertThat(checksums(fromTheBundle(listed).info().applied())).isEqualTo(checksums(
                    SchemaMigrator.configure(scanned).load().info().applied())).hasSize(4); // V1, V2 and the Java V3 and V4
            // A database the scanner migrated validates against the listed scripts: nothing pending, nothing changed.
            assertThat(fromTheBundle(scanned).info().pending()).isEmpty();
            fromTheBundle(scanned).validate();
        }
    }

    private static org.flywaydb.core.Flyway fromTheBundle(HikariDataSource dataSource) {
        return SchemaMigrator.configure(dataSource)
                .resourceProvider(new BundleMigrations(BundleMigrationsTest::entries, List.of("db/thidua", "db/thidua-h2")))
                .javaMigrationClassProvider(List::of)
                .load();
    }

    private static List<String> checksums(MigrationInfo[] applied) {
        List<String> checksums = new ArrayList<>();
        for (MigrationInfo migration : applied) {
            checksums.add(migration.getVersion() + " " + migration.getDescription() + " " + migration.getChecksum());
        }
        return checksums;
    }

    /** What {@code Bundle.findEntries(folder, "*", false)} gives, here from the build's classes folder. */
    private static List<URL> entries(String folder) {
        try (Stream<Path> files = Files.list(Path.of(BundleMigrationsTest.class.getClassLoader().getResource(folder).toURI()))) {
            List<URL> urls = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                urls.add(file.toUri().toURL());
            }
            return urls;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
