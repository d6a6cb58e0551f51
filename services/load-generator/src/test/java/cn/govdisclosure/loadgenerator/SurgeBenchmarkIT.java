package cn.govdisclosure.loadgenerator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's small configuration, to keep it working: ten agencies on the standalone system and on the naive
 * baseline, each service in a JVM of its own, every report published and every figure printed, the memory of each
 * service and PostgreSQL's statements among them. Its timings are printed, not asserted.
 */
class SurgeBenchmarkIT {

    @Test
    void tenAgenciesFileOnTheSystemAndOnTheBaselineAndEveryFigureIsReported(@TempDir Path work) throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);

        int exit = SurgeBenchmark.run(out, "--agencies=10", "--rounds=3", "--cells-per-round=4",
                "--failing-share=0.2", "--system-jvm-options=-Xmx512m", "--progress-every=2",
                "--process-per-service", "--service-heap=256m", "--profile-database",
                "--standalone-jar=" + System.getProperty("standalone.jar"), "--work-dir=" + work);

        String report = captured.toString(StandardCharsets.UTF_8);
        System.out.println(report);
        assertThat(exit).isZero();
        assertThat(report).contains("== system: 10 agencies, 10 published, 0 failed",
                "== naive baseline: 10 agencies, 10 published, 0 failed", "submit → published",
                "raw batched JDBC inserts", "raw Kafka produce", "replay, submission read models", "peak RSS",
                "| figure changes/s |");
        // Each service's JVM, and the one that holds Kafka, is measured on its own.
        for (String jvm : new String[] {"kafka", "submission", "validation", "publication"}) {
            Matcher memory = Pattern.compile("(?m)^  " + jvm + " +([0-9]+) +([0-9]+) ").matcher(report);
            assertThat(memory.find()).as("memory line of %s", jvm).isTrue();
            assertThat(Long.parseLong(memory.group(1))).as("peak RSS of %s", jvm).isPositive();
            assertThat(Long.parseLong(memory.group(2))).as("peak heap of %s", jvm).isPositive();
        }
        assertThat(report).containsPattern("PostgreSQL during the surge: [0-9.]+ commits per agency \\(submission"
                + " [0-9.]+, validation [0-9.]+, publication [0-9.]+\\); [0-9.]+ rows written per agency, most in ");
        // The statements that took PostgreSQL's time, the event store's appends among them.
        assertThat(report).contains("PostgreSQL's statements (pg_stat_statements)")
                .containsPattern("(?m)^ +[0-9.]+ ms +[0-9.]+ × submission +INSERT INTO domain_event_entry");
        assertThat(report).containsPattern("system's JVMs [0-9]+ s \\([0-9]+ %: kafka [0-9]+ s, publication");
        try (Stream<Path> files = Files.walk(work)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .contains("surge.png", "baseline.png", "summary.md", "surge.csv", "baseline.csv");
        }
        // The baseline stores one event per changed cell, the system one per edit.
        Matcher rows = Pattern.compile("\\| event-store rows \\(rows/s\\) \\| ([0-9,]+) \\([^|]*\\| ([0-9,]+) ")
                .matcher(report);
        assertThat(rows.find()).isTrue();
        assertThat(count(rows.group(2))).isGreaterThan(5 * count(rows.group(1)));
    }

    private static long count(String figure) {
        return Long.parseLong(figure.replace(",", ""));
    }
}
