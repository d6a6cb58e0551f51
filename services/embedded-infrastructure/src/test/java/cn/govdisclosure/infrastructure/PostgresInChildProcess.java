package cn.govdisclosure.infrastructure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Starts an {@link EmbeddedPostgresServer} in another JVM, writes a row and keeps running until killed, so that a test
 * can kill its owner the hard way.
 */
final class PostgresInChildProcess {

    private static final String READY = "READY";

    private PostgresInChildProcess() {
    }

    /** Starts the child JVM and returns once its PostgreSQL holds the data and the child is waiting to be killed. */
    static Process start(Path dataDirectory) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                PostgresInChildProcess.class.getName(), dataDirectory.toString())
                .redirectErrorStream(true)
                .start();
        var output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            System.out.println("[child] " + line);
            if (line.equals(READY)) {
                return child;
            }
        }
        throw new IllegalStateException("The child process ended early with exit code " + child.waitFor());
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(Path.of(args[0]), 0);
        postgres.createDatabaseIfMissing("reports");
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("reports"), postgres.username(),
                postgres.password()); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE report (title TEXT)");
            statement.execute("INSERT INTO report VALUES ('written by the killed process')");
        }
        System.out.println(READY);
        Thread.currentThread().join(); // until killed
    }
}
