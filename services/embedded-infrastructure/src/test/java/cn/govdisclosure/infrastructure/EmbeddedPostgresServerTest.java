package cn.govdisclosure.infrastructure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresServerTest {

    @TempDir
    Path dataDirectory;

    @Test
    void keepsDataAcrossRestartsOnTheSameDirectory() throws SQLException {
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dataDirectory, 0)) {
            postgres.createDatabaseIfMissing("reports");
            postgres.createDatabaseIfMissing("reports");
            execute(postgres, "CREATE TABLE report (title TEXT)", "INSERT INTO report VALUES ('2024 annual report')");
        }

        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dataDirectory, 0)) {
            postgres.createDatabaseIfMissing("reports");
            assertThat(titles(postgres)).containsExactly("2024 annual report");
        }
    }

    @Test
    void takesOverTheDirectoryFromAProcessThatWasKilled() throws Exception {
        Process owner = PostgresInChildProcess.start(dataDirectory);
        owner.destroyForcibly().waitFor(); // kill -9: its PostgreSQL keeps running, holding the directory

        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dataDirectory, 0)) {
            assertThat(titles(postgres)).containsExactly("written by the killed process");
        }
    }

    @Test
    void ignoresAStalePidFileWhosePidNowBelongsToAnotherProcess() throws Exception {
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dataDirectory, 0)) {
            postgres.createDatabaseIfMissing("reports");
            execute(postgres, "CREATE TABLE report (title TEXT)", "INSERT INTO report VALUES ('before the crash')");
        }
        // As after a machine restart, when the PID of the dead server now belongs to an unrelated process.
        Process unrelated = new ProcessBuilder("sleep", "60").start();
        try {
            Files.writeString(dataDirectory.resolve("postmaster.pid"), unrelated.pid() + "\n" + dataDirectory + "\n");

            try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dataDirectory, 0)) {
                assertThat(titles(postgres)).containsExactly("before the crash");
            }
            assertThat(unrelated.isAlive()).isTrue();
        } finally {
            unrelated.destroyForcibly();
        }
    }

    private static void execute(PostgresServer postgres, String... statements) throws SQLException {
        try (Connection connection = connect(postgres); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static List<String> titles(PostgresServer postgres) throws SQLException {
        List<String> titles = new ArrayList<>();
        try (Connection connection = connect(postgres);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT title FROM report")) {
            while (result.next()) {
                titles.add(result.getString(1));
            }
        }
        return titles;
    }

    private static Connection connect(PostgresServer postgres) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl("reports"), postgres.username(), postgres.password());
    }
}
