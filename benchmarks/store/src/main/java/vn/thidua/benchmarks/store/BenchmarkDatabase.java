package vn.thidua.benchmarks.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * A PostgreSQL database of the benchmark's own, created empty for one run and dropped when the run
 * ends, normally or by Ctrl-C (a JVM shutdown hook covers the latter).
 */
final class BenchmarkDatabase implements AutoCloseable {

    private final String server;
    private final String user;
    private final String name;
    private final boolean keep;
    private final Thread dropOnExit;

    private BenchmarkDatabase(String server, String user, String name, boolean keep) {
        this.server = server;
        this.user = user;
        this.name = name;
        this.keep = keep;
        this.dropOnExit = new Thread(this::dropQuietly, "drop " + name);
    }

    /**
     * @param server the server's JDBC URL without a database ({@code jdbc:postgresql://127.0.0.1:5432/})
     * @param keep   leave the database behind at the end (to look at query plans with psql)
     */
    static BenchmarkDatabase create(String server, String user, boolean keep) throws SQLException {
        String name = "thidua_bench_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"));
        BenchmarkDatabase database = new BenchmarkDatabase(server, user, name, keep);
        database.admin("create database " + name + " encoding 'UTF8' template template0");
        if (!keep) {
            Runtime.getRuntime().addShutdownHook(database.dropOnExit);
        }
        return database;
    }

    String name() {
        return name;
    }

    String url() {
        return server + name;
    }

    HikariDataSource pool(int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url());
        config.setUsername(user);
        config.setMaximumPoolSize(size);
        return new HikariDataSource(config);
    }

    /** What autovacuum does to a table after many inserts: visibility map and planner statistics. */
    void vacuumAnalyze() throws SQLException {
        execute("vacuum (analyze) plan, plan_task, plan_revision");
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(), user, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The first column of each row a query returns, as text. */
    List<String> query(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(), user, "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    @Override
    public void close() throws SQLException {
        if (keep) {
            System.out.println("Kept database " + name + " (drop it with: dropdb -h 127.0.0.1 -U " + user + " " + name + ")");
            return;
        }
        Runtime.getRuntime().removeShutdownHook(dropOnExit);
        admin("drop database if exists " + name + " with (force)");
    }

    private void dropQuietly() {
        try {
            admin("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            System.err.println("Could not drop " + name + ": " + e.getMessage());
        }
    }

    /** One statement on the server's maintenance database {@code postgres}. */
    private void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server + "postgres", user, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
