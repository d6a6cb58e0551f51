package cn.govdisclosure.loadgenerator;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What PostgreSQL did for the system, from its cumulative statistics ({@code pg_stat_database},
 * {@code pg_stat_user_tables}), which every server keeps without configuration: transactions committed in each of
 * the services' databases, and rows inserted, updated and deleted in each table. The difference of two readings,
 * divided by the agencies filed in between, says what the database does for one agency.
 *
 * @param commits     transactions committed, by database
 * @param rowsWritten rows inserted, updated and deleted, by {@code database.table}
 */
record DatabaseActivity(Map<String, Long> commits, Map<String, Long> rowsWritten) {

    /** The services' databases, each with its own tables. */
    static final List<String> DATABASES = List.of("submission", "validation", "publication");

    /**
     * The statistics now. A backend reports its counts when its transaction ends, at most every half second; read
     * after the system has been idle for a moment to see all of them.
     *
     * @param jdbcUrl the URL of a database on the server, by the database's name
     */
    static DatabaseActivity read(Function<String, String> jdbcUrl, String user, String password) {
        Map<String, Long> commits = new LinkedHashMap<>();
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String database : DATABASES) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl.apply(database), user, password);
                 Statement statement = connection.createStatement()) {
                try (ResultSet result = statement.executeQuery(
                        "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")) {
                    commits.put(database, result.next() ? result.getLong(1) : 0);
                }
                try (ResultSet result = statement.executeQuery("SELECT relname, n_tup_ins + n_tup_upd + n_tup_del"
                        + " FROM pg_stat_user_tables")) {
                    while (result.next()) {
                        rows.put(database + "." + result.getString(1), result.getLong(2));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read PostgreSQL's statistics of " + database, e);
            }
        }
        return new DatabaseActivity(commits, rows);
    }

    DatabaseActivity since(DatabaseActivity start) {
        return new DatabaseActivity(minus(commits, start.commits), minus(rowsWritten, start.rowsWritten));
    }

    /**
     * One line for the report: commits per agency, by database, and the tables most written to, rows per agency.
     */
    String describePer(long agencies, int tables) {
        double each = Math.max(1, agencies);
        String byDatabase = commits.entrySet().stream()
                .map(database -> String.format("%s %.1f", database.getKey(), database.getValue() / each))
                .collect(Collectors.joining(", "));
        String busiest = rowsWritten.entrySet().stream().filter(table -> table.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(tables)
                .map(table -> String.format("%s %.1f", table.getKey(), table.getValue() / each))
                .collect(Collectors.joining(", "));
        long totalCommits = commits.values().stream().mapToLong(Long::longValue).sum();
        long totalRows = rowsWritten.values().stream().mapToLong(Long::longValue).sum();
        return String.format("%.1f commits per agency (%s); %.1f rows written per agency, most in %s",
                totalCommits / each, byDatabase, totalRows / each, busiest);
    }

    private static Map<String, Long> minus(Map<String, Long> now, Map<String, Long> before) {
        Map<String, Long> difference = new LinkedHashMap<>();
        now.forEach((name, value) -> difference.put(name, value - before.getOrDefault(name, 0L)));
        return difference;
    }
}
