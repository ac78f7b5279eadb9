package vn.thidua.plan.store;

/**
 * What the health check reports about the store: what it read of its database when it started, given
 * only while a connection proves the database answers.
 *
 * @param database      product and version of the database ({@code H2 2.2.224}, {@code PostgreSQL 15.19})
 * @param url           the JDBC URL without credentials
 * @param schemaVersion the newest migration applied when the store started
 */
public record StoreInfo(String database, String url, String schemaVersion) {
}
