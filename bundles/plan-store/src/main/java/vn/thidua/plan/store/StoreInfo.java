package vn.thidua.plan.store;

/**
 * What the health check reports about the store.
 *
 * @param database      product and version of the database ({@code H2 2.2.224}, {@code PostgreSQL 15.19})
 * @param url           the JDBC URL without credentials
 * @param schemaVersion the newest migration applied
 * @param plans         how many live plans it holds
 */
public record StoreInfo(String database, String url, String schemaVersion, long plans) {
}
