package cn.govdisclosure.infrastructure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A running PostgreSQL server, whoever started it (embedded binaries or a container). Services only need connection
 * coordinates and their own database, so that is all this exposes.
 */
public interface PostgresServer extends AutoCloseable {

    /** JDBC URL of the given database on this server. */
    String jdbcUrl(String database);

    String username();

    String password();

    /**
     * Creates the database if it does not exist yet (idempotent, safe across restarts and when several services ask
     * for the same database at the same time).
     */
    default void createDatabaseIfMissing(String database) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), username(), password())) {
            if (databaseExists(connection, database)) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + '"');
            }
        } catch (SQLException e) {
            // 42P04 duplicate_database, 23505 unique_violation: someone else created it concurrently.
            if (!"42P04".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
                throw new IllegalStateException("Could not create database " + database, e);
            }
        }
    }

    @Override
    void close();

    private static boolean databaseExists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }
}
