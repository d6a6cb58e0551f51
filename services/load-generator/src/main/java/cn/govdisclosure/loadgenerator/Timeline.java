package cn.govdisclosure.loadgenerator;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;

/**
 * Samples the run once a second — throughput and latency since the last sample, Kafka lag, event-store growth and
 * the system's memory — keeps the samples for the chart and the memory verdict, and prints a progress line.
 */
final class Timeline implements AutoCloseable {

    /** One second of the run. Rates per second; latencies in milliseconds (NaN when nothing ended in it). */
    record Sample(double second, double commands, double figureChanges, double published, double apiP99,
                  double publishedP99, long kafkaLag, double eventRows, double residentMb, double heapMb) {
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
    private long peakResident = -1;
    private long peakHeap = -1;

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
            long[] resident = probe.residentMemory();
            long heap = probe.heapUsed();
            peakResident = Math.max(peakResident, resident[1]);
            peakHeap = Math.max(peakHeap, heap);
            Sample sample = new Sample((now - started) / 1e9, (commands - lastCommands) / seconds,
                    (figureChanges - lastFigureChanges) / seconds, (published - lastPublished) / seconds,
                    p99Millis(meter.callsSinceLastAsked()), p99Millis(meter.publishedSinceLastAsked()),
                    probe.kafkaLag(), (eventHead - lastEventHead) / seconds, resident[0] / 1048576.0,
                    heap / 1048576.0);
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
                        + " · RSS %,.0f MB · heap %,.0f MB",
                sample.second(), filingsDone.getAsLong(), sample.commands(), sample.figureChanges(),
                sample.published(), millis(sample.apiP99()), millis(sample.publishedP99()), sample.kafkaLag(),
                sample.eventRows(), sample.residentMb(), sample.heapMb());
    }

    synchronized List<Sample> samples() {
        return List.copyOf(samples);
    }

    long peakResidentBytes() {
        return peakResident;
    }

    long peakHeapBytes() {
        return peakHeap;
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
