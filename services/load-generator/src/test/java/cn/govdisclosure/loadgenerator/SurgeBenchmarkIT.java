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
 * baseline, every report published and every figure printed. Its timings are printed, not asserted.
 */
class SurgeBenchmarkIT {

    @Test
    void tenAgenciesFileOnTheSystemAndOnTheBaselineAndEveryFigureIsReported(@TempDir Path work) throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);

        int exit = SurgeBenchmark.run(out, "--agencies=10", "--rounds=3", "--cells-per-round=4",
                "--failing-share=0.2", "--system-jvm-options=-Xmx512m", "--progress-every=2",
                "--standalone-jar=" + System.getProperty("standalone.jar"), "--work-dir=" + work);

        String report = captured.toString(StandardCharsets.UTF_8);
        System.out.println(report);
        assertThat(exit).isZero();
        assertThat(report).contains("== system: 10 agencies, 10 published, 0 failed",
                "== naive baseline: 10 agencies, 10 published, 0 failed", "submit → published",
                "raw batched JDBC inserts", "raw Kafka produce", "replay, submission read models", "peak RSS",
                "| figure changes/s |");
        try (Stream<Path> files = Files.walk(work)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .contains("surge.png", "baseline.png", "summary.md");
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
