package vn.thidua.plan.store.jpa.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.plan.IssuerKind;

/**
 * Adds the column {@code plan.issuer_kind} (the letterhead's {@code issuer.kind}) that listings filter
 * on, and fills it from each stored body. V3 wrote every body in plan schema 2, where the issuer's kind
 * is required; a body that still does not name a known kind keeps the column empty (it is listed under
 * no issuer) and is logged, so that nothing stored changes.
 *
 * <p>Java rather than SQL: H2 and PostgreSQL read JSON with different functions, and one reading of the
 * body in Java fills both the same way. Given to Flyway by {@link SchemaMigrator}. {@code IF NOT EXISTS} (H2 and
 * PostgreSQL both have it): a database whose column was added first (as SchemaUpgradeTest does to write rows
 * at V1 and V2 with today's entity) still migrates.
 */
final class V4__plan_issuer_kind extends BaseJavaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(V4__plan_issuer_kind.class);
    private static final int BATCH = 200;

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement alter = connection.createStatement()) {
            alter.execute("ALTER TABLE plan ADD COLUMN IF NOT EXISTS issuer_kind VARCHAR(32)");
        }
        Map<String, String> kinds = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select id, body from plan");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String kind = kindOf(rows.getString("id"), rows.getString("body"));
                if (kind != null) {
                    kinds.put(rows.getString("id"), kind);
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement("update plan set issuer_kind = ? where id = ?")) {
            int pending = 0;
            for (Map.Entry<String, String> row : kinds.entrySet()) {
                update.setString(1, row.getValue());
                update.setString(2, row.getKey());
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
        try (Statement index = connection.createStatement()) {
            index.execute("CREATE INDEX plan_issuer_kind ON plan (issuer_kind)");
        }
        LOG.info("Issuer kind of {} stored plans recorded for listings", kinds.size());
    }

    /** The body's {@code issuer.kind} when it names a known kind, else null (logged). */
    private String kindOf(String id, String body) {
        try {
            JsonNode kind = mapper.readTree(body).path("issuer").path("kind");
            return IssuerKind.valueOf(kind.asText()).name();
        } catch (java.io.IOException | IllegalArgumentException e) {
            LOG.warn("Plan {}: its body names no issuer kind this version knows; listed under no issuer", id);
            return null;
        }
    }
}
