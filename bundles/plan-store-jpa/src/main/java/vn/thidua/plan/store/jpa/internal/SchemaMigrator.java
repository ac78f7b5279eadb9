package vn.thidua.plan.store.jpa.internal;

import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import vn.thidua.plan.store.StoreUnavailableException;

/**
 * Brings the database's schema to the newest version this bundle knows (the Flyway scripts in
 * {@code db/thidua}, and those of its kind of database in {@code db/thidua-<database>}), and refuses
 * a database whose schema is newer than that.
 */
final class SchemaMigrator {

    static final String LOCATION = "classpath:db/thidua";

    /**
     * Followed by the database's product name in lower case ({@code postgresql}, {@code h2}): the
     * migrations whose SQL only that database understands. Each kind gets its own script under the
     * same version, so that every database reports the same schema version.
     */
    static final String VENDOR_LOCATION = "classpath:db/thidua-";

    private final DataSource dataSource;
    private Flyway flyway;

    SchemaMigrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Flyway on this database, made at first use: finding the kind of database takes a connection. */
    private synchronized Flyway flyway() {
        if (flyway == null) {
            // Our own class loader: in OSGi, the bundle's, which sees the scripts; Flyway's own would not.
            flyway = configure(dataSource).load();
        }
        return flyway;
    }

    /** Where this bundle's migrations of {@code dataSource}'s kind of database are, and the history table. */
    static FluentConfiguration configure(DataSource dataSource) {
        String vendorLocation = VENDOR_LOCATION + vendor(dataSource);
        FluentConfiguration configuration = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION, vendorLocation)
                .table("thidua_schema_history")
                // Flyway would skip a migration it does not know; we check for them ourselves, below.
                .ignoreMigrationPatterns("*:future")
                // given, not scanned: Flyway's scanner finds no class inside a bundle
                .javaMigrations(new V3__plan_bodies_in_schema_2(), new V4__plan_issuer_kind());
        Bundle bundle = FrameworkUtil.getBundle(SchemaMigrator.class);
        if (bundle != null) {
            // In OSGi the scripts are listed from this bundle, whatever the state of Flyway's (BundleMigrations).
            List<String> folders = Stream.of(LOCATION, vendorLocation).map(l -> l.substring("classpath:".length())).toList();
            configuration.resourceProvider(new BundleMigrations(folder -> entries(bundle, folder), folders))
                    .javaMigrationClassProvider(List::of);
        }
        return configuration;
    }

    private static List<URL> entries(Bundle bundle, String folder) {
        Enumeration<URL> found = bundle.findEntries(folder, "*", false);
        return found == null ? List.of() : Collections.list(found);
    }

    /** {@code postgresql}, {@code h2}: the database's product name, as the folder of its own migrations. */
    static String vendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        } catch (SQLException e) {
            throw new StoreUnavailableException("The plan store cannot reach its database: " + e.getMessage(), e);
        }
    }

    /**
     * Applies the migrations not applied yet.
     *
     * @return the schema version now in force
     * @throws SchemaTooNewException if the database has migrations this bundle does not know
     */
    String migrate() {
        refuseNewerSchema();
        MigrateResult result = flyway().migrate();
        return result.targetSchemaVersion != null ? result.targetSchemaVersion : current();
    }

    /** The newest migration applied, or {@code "none"}. */
    String current() {
        MigrationInfo current = flyway().info().current();
        return current == null || current.getVersion() == null ? "none" : current.getVersion().getVersion();
    }

    private void refuseNewerSchema() {
        MigrationInfo[] all = flyway().info().all();
        String unknown = Arrays.stream(all).filter(SchemaMigrator::isFuture)
                .map(m -> m.getVersion().getVersion() + " (" + m.getDescription() + ")")
                .collect(Collectors.joining(", "));
        if (!unknown.isEmpty()) {
            String newest = Arrays.stream(all).filter(m -> !isFuture(m)).reduce((a, b) -> b)
                    .map(m -> m.getVersion().getVersion()).orElse("none");
            throw new SchemaTooNewException("The plan store's database has schema migrations " + unknown
                    + " applied, newer than this plan store knows (up to " + newest + "): it was written by a newer"
                    + " version. Install that version, or point etc/org.ops4j.datasource-thidua.cfg at another"
                    + " database. Nothing was changed.");
        }
    }

    private static boolean isFuture(MigrationInfo migration) {
        return migration.getState() == MigrationState.FUTURE_SUCCESS || migration.getState() == MigrationState.FUTURE_FAILED;
    }
}
