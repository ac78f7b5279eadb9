package vn.thidua.plan.store.jpa.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanFormatException;
import vn.thidua.plan.json.PlanJson;

/**
 * Rewrites every stored plan body (the plans' and their revisions') written in plan schema 1 in
 * schema 2: read through {@link PlanJson}, which upgrades a schema 1 document, and written back in
 * canonical form. A body already in schema 2 is left as it is; a body that cannot be read at all is
 * left as it is and logged, so that nothing stored is lost, and it reads (or fails) as before.
 *
 * <p>Flyway is given this migration by {@link SchemaMigrator}, not by scanning, which cannot find
 * classes inside an OSGi bundle. The class name is Flyway's convention: version 3.
 */
final class V3__plan_bodies_in_schema_2 extends BaseJavaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(V3__plan_bodies_in_schema_2.class);
    private static final int BATCH = 200;

    private final PlanJson json = new PlanJson();

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        int plans = upgrade(connection, "plan", "id", null);
        int revisions = upgrade(connection, "plan_revision", "plan_id", "version");
        LOG.info("Plan bodies upgraded to plan schema {}: {} plans, {} revisions", Plan.SCHEMA_VERSION, plans, revisions);
    }

    /** Upgrades the bodies of one table, keyed by one or two columns; returns how many it rewrote. */
    private int upgrade(Connection connection, String table, String key, String secondKey) throws SQLException {
        String keys = secondKey == null ? key : key + ", " + secondKey;
        List<Object[]> changed = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select " + keys + ", body from " + table);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String body = rows.getString("body");
                String upgraded = upgraded(table, rows.getString(key), body);
                if (upgraded != null) {
                    changed.add(secondKey == null ? new Object[] {upgraded, rows.getString(key)}
                            : new Object[] {upgraded, rows.getString(key), rows.getLong(secondKey)});
                }
            }
        }
        String where = secondKey == null ? key + " = ?" : key + " = ? and " + secondKey + " = ?";
        try (PreparedStatement update = connection.prepareStatement("update " + table + " set body = ? where " + where)) {
            int pending = 0;
            for (Object[] row : changed) {
                update.setString(1, (String) row[0]);
                update.setString(2, (String) row[1]);
                if (secondKey != null) {
                    update.setLong(3, (Long) row[2]);
                }
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
        return changed.size();
    }

    /** The body in schema 2, or null when it needs no rewrite (already schema 2, or unreadable). */
    private String upgraded(String table, String id, String body) {
        try {
            if (json.versionOf(body) >= Plan.SCHEMA_VERSION) {
                return null;
            }
            return json.write(json.read(body));
        } catch (PlanFormatException | IllegalArgumentException e) {
            LOG.warn("A stored plan body of {} {} is not a plan this version reads; left as it is: {}", table, id,
                    e.getMessage());
            return null;
        }
    }
}
