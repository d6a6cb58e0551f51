package cn.govdisclosure.loadgenerator;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Where PostgreSQL's time goes, statement by statement, from its {@code pg_stat_statements} extension: the server
 * must have loaded it at start ({@code shared_preload_libraries}), which the benchmark's {@code --profile-database}
 * asks of the standalone system's embedded server. The counts cover every database of the server.
 */
final class StatementProfile {

    /** The server setting that loads the extension, as a system property of the standalone system. */
    static final String PRELOAD_PROPERTY = "embedded-postgres.shared_preload_libraries";
    static final String PRELOAD_VALUE = "pg_stat_statements";

    private StatementProfile() {
    }

    /** Creates the extension's view and starts its counts from zero. */
    static void reset(Connection connection) {
        synchronized (connection) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
                statement.execute("SELECT pg_stat_statements_reset()");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot reset pg_stat_statements: was the server started with "
                        + PRELOAD_PROPERTY + "=" + PRELOAD_VALUE + "?", e);
            }
        }
    }

    /** Prints the statements that took the most time since the reset: calls and milliseconds per agency. */
    static void print(Connection connection, long agencies, int limit, PrintStream out) {
        double each = Math.max(1, agencies);
        synchronized (connection) {
            try (Statement statement = connection.createStatement();
                 ResultSet total = statement.executeQuery("SELECT coalesce(sum(total_exec_time), 0),"
                         + " coalesce(sum(calls), 0) FROM pg_stat_statements")) {
                total.next();
                out.printf("  PostgreSQL's statements (pg_stat_statements): %,.1f ms and %,.0f calls per agency in"
                        + " all; the %d that took longest, ms and calls per agency:%n", total.getDouble(1) / each,
                        total.getDouble(2) / each, limit);
                try (ResultSet rows = statement.executeQuery("SELECT d.datname, s.total_exec_time, s.calls,"
                        + " regexp_replace(s.query, '\\s+', ' ', 'g') FROM pg_stat_statements s"
                        + " JOIN pg_database d ON d.oid = s.dbid ORDER BY s.total_exec_time DESC LIMIT " + limit)) {
                    while (rows.next()) {
                        String query = rows.getString(4);
                        out.printf("    %7.2f ms %6.1f × %-11s %s%n", rows.getDouble(2) / each,
                                rows.getDouble(3) / each, rows.getString(1),
                                query.length() > 110 ? query.substring(0, 110) + "…" : query);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read pg_stat_statements", e);
            }
        }
    }
}
