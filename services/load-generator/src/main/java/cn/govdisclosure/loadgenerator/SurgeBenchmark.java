package cn.govdisclosure.loadgenerator;

import cn.govdisclosure.kernel.messaging.Topics;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.HdrHistogram.Histogram;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The deadline surge benchmark: starts the standalone system as a process of its own (with
 * {@code --process-per-service}, each service in a JVM of its own), has the administrator register the agencies, lets
 * them all file at once through the public HTTP API, and measures throughput, latency, Kafka lag, event-store growth
 * and the memory and processor time of each of the system's JVMs while they do; then, on the same servers, the raw
 * rate of batched JDBC inserts and of Kafka produces of as many rows and messages, and the rate of rebuilding every
 * projection. The same workload then runs on a fresh system with the naive set-up
 * ({@code submission.naive-baseline=true}: one command and event per changed cell, Axon's default settings for the
 * Kafka publisher; Spring's one consumer per Kafka listener and Tomcat's 200 request threads), so that the design's
 * effect is a measured ratio.
 */
@Command(name = "surge-benchmark", mixinStandardHelpOptions = true,
        description = "Agencies filing at once against the standalone system, measured against the machine's limits.")
public final class SurgeBenchmark implements Callable<Integer> {

    @Option(names = "--agencies", description = "agencies filing at once (default ${DEFAULT-VALUE})")
    int agencies = 1000;
    @Option(names = "--waves", description = "surges one after another, each of --agencies new agencies, for a long run"
            + " (default ${DEFAULT-VALUE})")
    int waves = 1;
    @Option(names = "--rounds", description = "editing rounds per report; the first enters every cell"
            + " (default ${DEFAULT-VALUE})")
    int rounds = 5;
    @Option(names = "--cells-per-round", description = "cells each later round changes (default ${DEFAULT-VALUE})")
    int cellsPerRound = 5;
    @Option(names = "--failing-share", description = "share of agencies whose first submission fails validation"
            + " (default ${DEFAULT-VALUE})")
    double failingShare = 0.1;
    @Option(names = "--concurrency", description = "filings in flight at once (default: all agencies of a wave)")
    Integer concurrency;
    @Option(names = "--year", description = "report year (default: the year whose report is due next)")
    Integer year;
    @Option(names = "--standalone-jar", description = "the standalone system's jar (default ${DEFAULT-VALUE})")
    Path standaloneJar = Path.of("services/standalone/target/standalone-0.1.0-SNAPSHOT.jar");
    @Option(names = "--system-jvm-options", split = " ", description = "JVM options of the system's process"
            + " (default ${DEFAULT-VALUE})")
    List<String> systemJvmOptions = new ArrayList<>(List.of("-Xmx1g"));
    @Option(names = "--process-per-service", description = "run each service in a JVM of its own, as in production,"
            + " so that each one's memory and processor time are measured apart (default: one JVM for all)")
    boolean processPerService;
    @Option(names = "--service-heap", description = "each service's maximum heap with --process-per-service"
            + " (default ${DEFAULT-VALUE})")
    String serviceHeap = "512m";
    @Option(names = "--profile-database", description = "load pg_stat_statements into the system's PostgreSQL and"
            + " print the statements that took the most of its time during the surge")
    boolean profileDatabase;
    @Option(names = "--work-dir", description = "data, logs, chart and summary of the run (default ${DEFAULT-VALUE})")
    Path workDirectory = Path.of("target", "surge");
    @Option(names = "--baseline", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "also run the naive baseline (default ${DEFAULT-VALUE})")
    boolean baseline;
    @Option(names = "--progress-every", description = "seconds between progress lines (default ${DEFAULT-VALUE})")
    int progressEvery = 5;
    @Option(names = "--publication-timeout", description = "how long a filing waits for publication"
            + " (default ${DEFAULT-VALUE})")
    Duration publicationTimeout = Duration.ofMinutes(10);

    private final PrintStream out;

    SurgeBenchmark(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(run(System.out, args));
    }

    /** Runs the benchmark; 0 when every filing of every configuration was published, 1 otherwise. */
    public static int run(PrintStream out, String... args) {
        return new CommandLine(new SurgeBenchmark(out)).execute(args);
    }

    @Override
    public Integer call() throws Exception {
        Path run = workDirectory.resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")))
                .toAbsolutePath();
        Files.createDirectories(run);
        int reportYear = year == null ? AgencyPlan.yearDueNext(LocalDate.now()) : year;
        out.printf("Surge: %d agencies at once × %d wave(s), %d editing rounds (%d cells after the first),"
                        + " %.0f %% failing validation first, year %d; %d cores, %s%n", agencies, waves, rounds,
                cellsPerRound, failingShare * 100, reportYear, Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java "
                        + System.getProperty("java.version"));
        PhaseResult design = new SurgePhase("system", run.resolve("system"), Map.of()).run(reportYear);
        report(design);
        RunChart.write("The system, " + agencies + " agencies at once", design.samples(), run.resolve("surge.png"));
        Timeline.writeCsv(design.samples(), run.resolve("surge.csv"));
        PhaseResult naive = null;
        if (baseline) {
            naive = new SurgePhase("naive baseline", run.resolve("baseline"),
                    Map.of("submission.naive-baseline", "true", "spring.kafka.listener.concurrency", "1",
                            "server.tomcat.threads.max", "200"))
                    .run(reportYear);
            report(naive);
            RunChart.write("Naive baseline", naive.samples(), run.resolve("baseline.png"));
            Timeline.writeCsv(naive.samples(), run.resolve("baseline.csv"));
        }
        String summary = summary(design, naive);
        out.println();
        out.print(summary);
        Files.writeString(run.resolve("summary.md"), summary);
        out.println("Chart: " + run.resolve("surge.png") + "; summary: " + run.resolve("summary.md"));
        boolean allPublished = design.surge().failures().isEmpty()
                && (naive == null || naive.surge().failures().isEmpty());
        return allPublished ? 0 : 1;
    }

    /** One configuration on a fresh system of its own. */
    private final class SurgePhase {

        private final String label;
        private final Path directory;
        private final Map<String, String> systemProperties;

        SurgePhase(String label, Path directory, Map<String, String> systemProperties) {
            this.label = label;
            this.directory = directory;
            this.systemProperties = systemProperties;
        }

        PhaseResult run(int reportYear) throws Exception {
            out.println();
            out.println("== " + label + ": starting the standalone system (" + String.join(" ", systemJvmOptions)
                    + (processPerService ? "; each service in a JVM of its own, -Xmx" + serviceHeap : "")
                    + (systemProperties.isEmpty() ? "" : ", " + systemProperties) + ")");
            Map<String, String> properties = new LinkedHashMap<>(systemProperties);
            // Every simulated agency calls from this one address: the per-address limit would throttle the surge.
            properties.put("web.limits.requests-per-minute", "100000000");
            if (profileDatabase) {
                properties.put(StatementProfile.PRELOAD_PROPERTY, StatementProfile.PRELOAD_VALUE);
            }
            List<String> arguments = processPerService
                    ? List.of("--process-per-service", "--service-heap=" + serviceHeap) : List.of();
            try (StandaloneProcess system = StandaloneProcess.start(standaloneJar, directory.resolve("data"),
                    systemJvmOptions, properties, arguments, directory.resolve("system.log"));
                 SystemProbe probe = new SystemProbe(system.kafkaBootstrapServers(), system.submissionJdbcUrl(),
                         system.databaseUser(), system.databaseUser(), system.jvms())) {
                // The naive baseline answers an edit of every cell only after as many commands: let requests take long.
                FilingOptions options = FilingOptions.DEFAULTS.withPublicationTimeout(publicationTimeout)
                        .withRequestTimeout(publicationTimeout);
                long runTag = System.currentTimeMillis() / 1000;
                List<List<AgencyPlan>> plans = new ArrayList<>();
                for (int wave = 0; wave < waves; wave++) {
                    plans.add(AgencyPlan.surge(runTag + wave * 7919L, agencies, reportYear, rounds, cellsPerRound,
                            failingShare));
                }
                long registering = System.nanoTime();
                AgencyRegistrar registrar = AgencyRegistrar.signIn(system.endpoints(), "admin",
                        system.adminPassword(), options);
                plans.forEach(wave -> registrar.register(wave, 4));
                out.printf("Registered %d agencies and %d users in %.1f s%n", agencies * waves, 2 * agencies * waves,
                        (System.nanoTime() - registering) / 1e9);
                SurgeMeter meter = new SurgeMeter();
                SurgeMeter signInMeter = new SurgeMeter();
                List<AgencyOutcome> outcomes = new ArrayList<>();
                Duration elapsed = Duration.ZERO;
                long rows = 0;
                long messagesBefore;
                long bytesBefore;
                Timeline timeline;
                Path postgresData = directory.resolve("data").resolve("postgres");
                CpuUse cpuBefore;
                CpuUse cpu;
                DatabaseActivity databaseBefore;
                try (KafkaPublicationWatch watch = new KafkaPublicationWatch(system.kafkaBootstrapServers())) {
                    // Sign-in calls are counted apart from the surge's: the listener is switched between them.
                    SwitchedListener listener = new SwitchedListener();
                    Surge surge = new Surge(system.endpoints(), options, listener, watch);
                    listener.target = signInMeter;
                    long signingIn = System.nanoTime();
                    List<List<AgencyFiling>> filings = new ArrayList<>();
                    for (List<AgencyPlan> wave : plans) {
                        filings.add(surge.signIn(wave, 8));
                    }
                    out.printf("Signed them in before the surge, as people at their desks are before the deadline"
                            + " (tokens last 8 hours), in %.1f s%n", (System.nanoTime() - signingIn) / 1e9);
                    listener.target = meter;
                    messagesBefore = probe.messagesOn(Topics.ALL);
                    bytesBefore = probe.bytesOn(Topics.ALL);
                    timeline = new Timeline(meter, probe, out, meter::published, progressEvery);
                    cpuBefore = CpuUse.now(probe.jvmPids(), postgresData);
                    databaseBefore = DatabaseActivity.read(system::jdbcUrl, system.databaseUser(),
                            system.databaseUser());
                    if (profileDatabase) {
                        StatementProfile.reset(probe.eventStoreConnection());
                    }
                    for (List<AgencyFiling> wave : filings) {
                        long rowsBefore = probe.eventStoreRows();
                        SurgeResult result = surge.runFilings(wave, concurrency == null ? agencies : concurrency);
                        rows += probe.eventStoreRows() - rowsBefore;
                        outcomes.addAll(result.outcomes());
                        elapsed = elapsed.plus(result.elapsed());
                    }
                    cpu = CpuUse.now(probe.jvmPids(), postgresData).since(cpuBefore);
                }
                Histogram tokens = signInMeter.calls().get("token");
                out.printf("Sign-in (bcrypt), not part of the surge: %d tokens, p50 %.0f ms, p99 %.0f ms%n",
                        tokens.getTotalCount(), tokens.getValueAtPercentile(50) / 1000.0,
                        tokens.getValueAtPercentile(99) / 1000.0);
                long drainStarted = System.nanoTime();
                while (probe.kafkaLag() > 0 && System.nanoTime() - drainStarted < Duration.ofMinutes(2).toNanos()) {
                    HttpApi.pause(Duration.ofMillis(200));
                }
                Duration drain = Duration.ofNanos(System.nanoTime() - drainStarted);
                // PostgreSQL's backends report their counts within half a second of their last transaction.
                HttpApi.pause(Duration.ofSeconds(1));
                DatabaseActivity database = DatabaseActivity.read(system::jdbcUrl, system.databaseUser(),
                        system.databaseUser()).since(databaseBefore);
                if (profileDatabase) {
                    StatementProfile.print(probe.eventStoreConnection(), outcomes.size(), 20, out);
                }
                timeline.close();
                SurgeResult surge = new SurgeResult(outcomes, elapsed);
                long messages = probe.messagesOn(Topics.ALL) - messagesBefore;
                long messageBytes = messages == 0 ? 0 : (probe.bytesOn(Topics.ALL) - bytesBefore) / messages;
                out.printf("Surge done in %.1f s (%d published, %d failed); measuring the servers' raw rates%n",
                        elapsed.toNanos() / 1e9, surge.published(), surge.failures().size());
                double rawInsert = RawLimits.batchedInsertRate(probe.eventStoreConnection(), rows);
                double rawProduce = RawLimits.produceRate(probe.kafkaAdmin(), system.kafkaBootstrapServers(), messages,
                        (int) messageBytes);
                Map<String, Long> replay = new Replay(system.endpoints(), system.adminPassword(), options).rates();
                return new PhaseResult(label, surge, meter, timeline.samples(), rows, messages, messageBytes,
                        rawInsert, rawProduce, replay, drain, cpu, database);
            }
        }
    }

    private void report(PhaseResult phase) {
        out.println();
        out.printf("== %s: %d agencies, %d published, %d failed, in %.1f s (Kafka drained %.1f s later)%n",
                phase.label(), phase.surge().outcomes().size(), phase.surge().published(),
                phase.surge().failures().size(), phase.seconds(), phase.drain().toNanos() / 1e9);
        phase.surge().failures().stream().limit(10).forEach(failure -> out.println("  failed: " + failure.reportId()
                + ": " + failure.error()));
        out.printf("  %,.0f commands/s · %,.0f figure changes/s · %,.2f reports published/s · %,.0f event-store rows/s"
                        + " (%,d rows) · %,d Kafka messages (%,d bytes each)%n", phase.commandRate(),
                phase.figureChangeRate(), phase.publishedRate(), phase.eventRowRate(), phase.eventRows(),
                phase.kafkaMessages(), phase.averageMessageBytes());
        out.printf("  HTTP attempts without an answer or with a 5xx: %d; throttled (429): %d%n",
                phase.meter().failedCalls(), phase.meter().throttledCalls());
        out.println("  latency (ms)            count      p50      p95      p99      max");
        phase.meter().calls().forEach((call, histogram) -> out.println(latencyRow(call, histogram)));
        out.println(latencyRow("submit → published", phase.submitToPublished()));
        out.println("  memory (MB)          peak RSS  peak heap  heap after GC, mean: first third → last"
                + "  lowest: first third → last");
        phase.memory().forEach(jvm -> out.printf("  %-18s %10.0f %10.0f %27.0f → %-6.0f %19.0f → %.0f%n", jvm.name(),
                jvm.peakResidentMb(), jvm.peakHeapMb(), jvm.afterGcThirds()[0], jvm.afterGcThirds()[1],
                jvm.lowestAfterGcThirds()[0], jvm.lowestAfterGcThirds()[1]));
        out.println("  processor time during the surge: " + phase.cpu().describe());
        out.println("  PostgreSQL during the surge: " + phase.database().describePer(phase.surge().outcomes().size(),
                8));
        out.printf("  raw batched JDBC inserts: %,.0f rows/s; raw Kafka produce: %,.0f messages/s%n",
                phase.rawInsertRate(), phase.rawProduceRate());
        out.printf("  figure changes/s ÷ raw insert rows/s = %.2f; ÷ raw produce messages/s = %.2f%n",
                phase.figureChangeRate() / phase.rawInsertRate(), phase.figureChangeRate() / phase.rawProduceRate());
        phase.replayRates().forEach((name, rate) -> out.printf("  replay, %s: %,d events/s%n", name, rate));
    }

    private static String latencyRow(String call, Histogram histogram) {
        return String.format("  %-20s %8d %8.1f %8.1f %8.1f %8.1f", call, histogram.getTotalCount(),
                histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(95) / 1000.0,
                histogram.getValueAtPercentile(99) / 1000.0, histogram.getMaxValue() / 1000.0);
    }

    /** The headline figures as a Markdown table, for docs/benchmarks.md. */
    private String summary(PhaseResult design, PhaseResult naive) {
        StringBuilder text = new StringBuilder();
        text.append("| | system").append(naive == null ? "" : " | naive baseline | system ÷ baseline").append(" |\n");
        text.append("|---|---").append(naive == null ? "" : "|---|---").append("|\n");
        row(text, "agencies published / failed", design, naive, p -> p.surge().published() + " / "
                + p.surge().failures().size(), null);
        row(text, "surge duration (s)", design, naive, p -> String.format("%.1f", p.seconds()),
                p -> p.seconds());
        row(text, "commands/s", design, naive, p -> String.format("%,.0f", p.commandRate()), PhaseResult::commandRate);
        row(text, "figure changes/s", design, naive, p -> String.format("%,.0f", p.figureChangeRate()),
                PhaseResult::figureChangeRate);
        row(text, "reports published/s", design, naive, p -> String.format("%,.2f", p.publishedRate()),
                PhaseResult::publishedRate);
        row(text, "event-store rows (rows/s)", design, naive, p -> String.format("%,d (%,.0f)", p.eventRows(),
                p.eventRowRate()), null);
        row(text, "submit → published p50 / p99 / max (ms)", design, naive, p -> String.format("%.0f / %.0f / %.0f",
                p.submitToPublished().getValueAtPercentile(50) / 1000.0,
                p.submitToPublished().getValueAtPercentile(99) / 1000.0, p.submitToPublished().getMaxValue() / 1000.0),
                null);
        row(text, "raw batched JDBC inserts, rows/s", design, naive, p -> String.format("%,.0f", p.rawInsertRate()),
                null);
        row(text, "figure changes/s ÷ raw insert rows/s", design, naive, p -> String.format("%.2f",
                p.figureChangeRate() / p.rawInsertRate()), null);
        row(text, "raw Kafka produce, messages/s", design, naive, p -> String.format("%,.0f", p.rawProduceRate()),
                null);
        row(text, "figure changes/s ÷ raw produce messages/s", design, naive, p -> String.format("%.2f",
                p.figureChangeRate() / p.rawProduceRate()), null);
        row(text, "replay, events/s", design, naive, p -> p.replayRates().toString(), null);
        row(text, "peak RSS / peak heap (MB)", design, naive, p -> perJvm(p, jvm -> String.format("%,.0f / %,.0f",
                jvm.peakResidentMb(), jvm.peakHeapMb())), null);
        row(text, "heap after GC, mean of first / last third of the run (MB)", design, naive, p -> perJvm(p,
                jvm -> String.format("%,.0f / %,.0f", jvm.afterGcThirds()[0], jvm.afterGcThirds()[1])), null);
        row(text, "heap after GC, lowest in first / last third of the run (MB)", design, naive, p -> perJvm(p,
                jvm -> String.format("%,.0f / %,.0f", jvm.lowestAfterGcThirds()[0], jvm.lowestAfterGcThirds()[1])),
                null);
        row(text, "processor time in the surge: system's JVMs / PostgreSQL / load generator / other (s)", design, naive,
                p -> String.format("%.0f / %.0f / %.0f / %.0f of %.0f", p.cpu().systemJvm(), p.cpu().postgres(),
                        p.cpu().loadGenerator(), p.cpu().other(), p.cpu().available()), null);
        row(text, "HTTP attempts failed (no answer or 5xx)", design, naive, p -> String.valueOf(
                p.meter().failedCalls()), null);
        return text.toString();
    }

    /** One figure for each of the phase's JVMs, named when there are several. */
    private static String perJvm(PhaseResult phase, java.util.function.Function<PhaseResult.JvmMemory, String> figure) {
        List<PhaseResult.JvmMemory> jvms = phase.memory();
        return jvms.size() == 1 ? figure.apply(jvms.get(0)) : jvms.stream()
                .map(jvm -> jvm.name() + " " + figure.apply(jvm)).collect(java.util.stream.Collectors.joining("; "));
    }

    private static void row(StringBuilder text, String name, PhaseResult design, PhaseResult naive,
                            java.util.function.Function<PhaseResult, String> cell,
                            java.util.function.ToDoubleFunction<PhaseResult> ratio) {
        text.append("| ").append(name).append(" | ").append(cell.apply(design));
        if (naive != null) {
            text.append(" | ").append(cell.apply(naive)).append(" | ").append(ratio == null ? ""
                    : String.format("%.2f×", ratio.applyAsDouble(design) / ratio.applyAsDouble(naive)));
        }
        text.append(" |\n");
    }

    /** Passes everything on to its current target. */
    private static final class SwitchedListener implements FilingListener {

        volatile FilingListener target = FilingListener.NONE;

        @Override
        public void called(String call, long nanos, int status) {
            target.called(call, nanos, status);
        }

        @Override
        public void commandAccepted(String call) {
            target.commandAccepted(call);
        }

        @Override
        public void figuresChanged(int cells) {
            target.figuresChanged(cells);
        }

        @Override
        public void published(String reportId, long submitToPublishedNanos) {
            target.published(reportId, submitToPublishedNanos);
        }
    }
}
