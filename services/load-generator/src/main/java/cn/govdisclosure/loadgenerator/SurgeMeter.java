package cn.govdisclosure.loadgenerator;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Counts and times what the filings do: a latency histogram per API call and for submit → published over the whole
 * run, interval histograms for the run's timeline, and counters of commands, figure changes and publications.
 * Latencies are kept in microseconds, up to ten minutes.
 */
public final class SurgeMeter implements FilingListener {

    private static final long HIGHEST = TimeUnit.MINUTES.toMicros(10);

    private final Map<String, Histogram> calls = new ConcurrentHashMap<>();
    private final Histogram submitToPublished = new ConcurrentHistogram(HIGHEST, 3);
    private final Recorder intervalCalls = new Recorder(HIGHEST, 3);
    private final Recorder intervalPublished = new Recorder(HIGHEST, 3);
    private final AtomicLong commands = new AtomicLong();
    private final AtomicLong figureChanges = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong failedCalls = new AtomicLong();
    private final AtomicLong throttledCalls = new AtomicLong();

    @Override
    public void called(String call, long nanos, int status) {
        long micros = Math.min(HIGHEST, Math.max(1, nanos / 1000));
        calls.computeIfAbsent(call, name -> new ConcurrentHistogram(HIGHEST, 3)).recordValue(micros);
        intervalCalls.recordValue(micros);
        if (status == 0 || status >= 500) {
            failedCalls.incrementAndGet();
        } else if (status == 429) {
            throttledCalls.incrementAndGet();
        }
    }

    @Override
    public void commandAccepted(String call) {
        commands.incrementAndGet();
    }

    @Override
    public void figuresChanged(int cells) {
        figureChanges.addAndGet(cells);
    }

    @Override
    public void published(String reportId, long submitToPublishedNanos) {
        long micros = Math.min(HIGHEST, Math.max(1, submitToPublishedNanos / 1000));
        submitToPublished.recordValue(micros);
        intervalPublished.recordValue(micros);
        published.incrementAndGet();
    }

    /** Latencies of every API call, by call name. */
    public Map<String, Histogram> calls() {
        return new TreeMap<>(calls);
    }

    public Histogram submitToPublished() {
        return submitToPublished;
    }

    public long commands() {
        return commands.get();
    }

    public long figureChanges() {
        return figureChanges.get();
    }

    public long published() {
        return published.get();
    }

    /** Attempts that got no answer or a 5xx. */
    public long failedCalls() {
        return failedCalls.get();
    }

    /** Attempts refused with 429 (and retried). */
    public long throttledCalls() {
        return throttledCalls.get();
    }

    /** The latencies of every API call since the last time this was asked. */
    Histogram callsSinceLastAsked() {
        return intervalCalls.getIntervalHistogram();
    }

    /** The submit → published latencies since the last time this was asked. */
    Histogram publishedSinceLastAsked() {
        return intervalPublished.getIntervalHistogram();
    }
}
