package cn.govdisclosure.loadgenerator;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.ToDoubleFunction;
import org.HdrHistogram.Histogram;

/**
 * Samples the run once a second — throughput and latency since the last sample, Kafka lag, event-store growth and
 * the memory of each of the system's JVMs — keeps the samples for the chart and the memory verdict, and prints a
 * progress line.
 */
final class Timeline implements AutoCloseable {

    /**
     * One second of the run. Rates per second; latencies in milliseconds (NaN when nothing ended in it); the memory
     * of each of the system's JVMs, by name.
     */
    record Sample(double second, double commands, double figureChanges, double published, double apiP99,
                  double publishedP99, long kafkaLag, double eventRows, Map<String, WatchedJvm.Memory> memory) {

        /** Resident memory of all the system's JVMs together, in MB. */
        double residentMb() {
            return total(WatchedJvm.Memory::residentMb);
        }

        /** Heap in use in all the system's JVMs together, in MB. */
        double heapMb() {
            return total(WatchedJvm.Memory::heapMb);
        }

        /** Heap in use after the latest collection in all the system's JVMs together, in MB. */
        double heapAfterGcMb() {
            return total(WatchedJvm.Memory::heapAfterGcMb);
        }

        private double total(ToDoubleFunction<WatchedJvm.Memory> value) {
            return memory.values().stream().mapToDouble(value).filter(v -> v >= 0).sum();
        }
    }

    private final SurgeMeter meter;
    private final SystemProbe probe;
    private final PrintStream out;
    private final LongSupplier filingsDone;
    private final int printEvery;
    private final List<Sample> samples = new ArrayList<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Surge.daemonThreads("timeline"));
    private final long started = System.nanoTime();
    private long lastAt = started;
    private long lastCommands;
    private long lastFigureChanges;
    private long lastPublished;
    private long lastEventHead;

    Timeline(SurgeMeter meter, SystemProbe probe, PrintStream out, LongSupplier filingsDone, int printEvery) {
        this.meter = meter;
        this.probe = probe;
        this.out = out;
        this.filingsDone = filingsDone;
        this.printEvery = printEvery;
        this.lastEventHead = probe.eventStoreHead();
        meter.callsSinceLastAsked();
        meter.publishedSinceLastAsked();
        scheduler.scheduleAtFixedRate(this::sample, 1, 1, TimeUnit.SECONDS);
    }

    private synchronized void sample() {
        try {
            long now = System.nanoTime();
            double seconds = (now - lastAt) / 1e9;
            lastAt = now;
            long commands = meter.commands();
            long figureChanges = meter.figureChanges();
            long published = meter.published();
            long eventHead = probe.eventStoreHead();
            Sample sample = new Sample((now - started) / 1e9, (commands - lastCommands) / seconds,
                    (figureChanges - lastFigureChanges) / seconds, (published - lastPublished) / seconds,
                    p99Millis(meter.callsSinceLastAsked()), p99Millis(meter.publishedSinceLastAsked()),
                    probe.kafkaLag(), (eventHead - lastEventHead) / seconds, probe.memory());
            lastCommands = commands;
            lastFigureChanges = figureChanges;
            lastPublished = published;
            lastEventHead = eventHead;
            samples.add(sample);
            if (samples.size() % printEvery == 0) {
                out.println(progressLine(sample));
            }
        } catch (RuntimeException e) {
            out.println("  (sampling failed: " + e.getMessage() + ")");
        }
    }

    private String progressLine(Sample sample) {
        return String.format("  [%4.0f s] %d published · %,.0f commands/s · %,.0f figure changes/s · %,.1f published/s"
                        + " · p99 API %s · p99 submit→published %s · Kafka lag %d · %,.0f event rows/s"
                        + " · RSS %,.0f MB · heap %,.0f MB (%,.0f after GC)",
                sample.second(), filingsDone.getAsLong(), sample.commands(), sample.figureChanges(),
                sample.published(), millis(sample.apiP99()), millis(sample.publishedP99()), sample.kafkaLag(),
                sample.eventRows(), sample.residentMb(), sample.heapMb(), sample.heapAfterGcMb());
    }

    synchronized List<Sample> samples() {
        return List.copyOf(samples);
    }

    /** The samples as CSV, one row a second, with each JVM's memory in columns of their own: for later analysis. */
    static void writeCsv(List<Sample> samples, Path csv) throws IOException {
        List<String> jvms = samples.isEmpty() ? List.of() : List.copyOf(samples.get(0).memory().keySet());
        StringBuilder text = new StringBuilder("second,commands,figure_changes,published,api_p99_ms,published_p99_ms,"
                + "kafka_lag,event_rows");
        for (String jvm : jvms) {
            text.append(String.format(",%1$s_resident_mb,%1$s_peak_resident_mb,%1$s_heap_mb,%1$s_heap_after_gc_mb",
                    jvm));
        }
        text.append('\n');
        for (Sample sample : samples) {
            text.append(String.format(Locale.ROOT, "%.1f,%.1f,%.1f,%.2f,%.1f,%.1f,%d,%.1f", sample.second(),
                    sample.commands(), sample.figureChanges(), sample.published(), sample.apiP99(),
                    sample.publishedP99(), sample.kafkaLag(), sample.eventRows()));
            for (String jvm : jvms) {
                WatchedJvm.Memory memory = sample.memory().get(jvm);
                text.append(String.format(Locale.ROOT, ",%.1f,%.1f,%.1f,%.1f", memory.residentMb(),
                        memory.peakResidentMb(), memory.heapMb(), memory.heapAfterGcMb()));
            }
            text.append('\n');
        }
        Files.writeString(csv, text);
    }

    private static double p99Millis(Histogram histogram) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(99) / 1000.0;
    }

    private static String millis(double value) {
        return Double.isNaN(value) ? "–" : value >= 1000 ? String.format("%.2f s", value / 1000)
                : String.format("%.0f ms", value);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
