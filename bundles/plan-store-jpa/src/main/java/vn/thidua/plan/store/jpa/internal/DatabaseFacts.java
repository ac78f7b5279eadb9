package vn.thidua.plan.store.jpa.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import vn.thidua.plan.store.StoreUnavailableException;

/**
 * What the store tells about its database, read once when it starts (a start on another database
 * is a new start): the health check answers from these and a cheap {@code isValid}, never from
 * Flyway or a query.
 *
 * @param database      product and version ({@code H2 2.2.224}, {@code PostgreSQL 15.19})
 * @param url           the JDBC URL without credentials
 * @param schemaVersion the newest migration applied when the store started
 */
record DatabaseFacts(String database, String url, String schemaVersion) {

    static DatabaseFacts read(DataSource dataSource, String schemaVersion) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String version = meta.getDatabaseProductVersion().split(" ")[0];
            return new DatabaseFacts(meta.getDatabaseProductName() + " " + version, withoutCredentials(meta.getURL()),
                    schemaVersion);
        } catch (SQLException e) {
            throw new StoreUnavailableException("The plan store cannot reach its database: " + e.getMessage(), e);
        }
    }

    /** A JDBC URL without user or password in it: no query string, no {@code ;USER=}/{@code ;PASSWORD=} setting. */
    static String withoutCredentials(String url) {
        return url == null ? null : url.replaceAll("\\?.*$", "").replaceAll("(?i);(user|password)=[^;]*", "");
    }
}
