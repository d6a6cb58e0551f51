package cn.govdisclosure.loadgenerator;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.DoubleStream;
import org.HdrHistogram.Histogram;

/**
 * One configuration's run: the surge, what it measured, and the limits of the same servers.
 *
 * @param eventRows        rows the surge added to the event store
 * @param kafkaMessages    messages the surge added to the system's topics
 * @param rawInsertRate    rows per second of batched JDBC inserts of as many rows (NaN when not measured)
 * @param rawProduceRate   messages per second producing as many messages of the same size (NaN when not measured)
 * @param replayRates      events per second rebuilding each projection, by name
 * @param cpu              processor time during the surge, by process
 * @param database         what PostgreSQL committed and wrote during the surge
 */
record PhaseResult(String label, SurgeResult surge, SurgeMeter meter, List<Timeline.Sample> samples,
                   long eventRows, long kafkaMessages, long averageMessageBytes, double rawInsertRate,
                   double rawProduceRate, Map<String, Long> replayRates, Duration drain, CpuUse cpu,
                   DatabaseActivity database) {

    double seconds() {
        return surge.elapsed().toNanos() / 1e9;
    }

    double figureChangeRate() {
        return surge.figureChanges() / seconds();
    }

    double commandRate() {
        return surge.commands() / seconds();
    }

    double publishedRate() {
        return surge.published() / seconds();
    }

    double eventRowRate() {
        return eventRows / seconds();
    }

    Histogram submitToPublished() {
        return meter.submitToPublished();
    }

    /**
     * What one of the system's JVMs used over the surge, in MB: its peak resident set and heap, and, for the first
     * and the last third of the run, the mean heap left after each collection and the lowest (what the JVM still held
     * after its most thorough collection: its live objects). A flat run keeps each pair close.
     */
    record JvmMemory(String name, double peakResidentMb, double peakHeapMb, double[] afterGcThirds,
                     double[] lowestAfterGcThirds) {
    }

    /** The memory of each of the system's JVMs, in the order the probe named them. */
    List<JvmMemory> memory() {
        if (samples.isEmpty()) {
            return List.of();
        }
        return samples.get(0).memory().keySet().stream().map(name -> new JvmMemory(name,
                max(name, WatchedJvm.Memory::peakResidentMb), max(name, WatchedJvm.Memory::heapMb),
                thirds(name, WatchedJvm.Memory::heapAfterGcMb, DoubleStream::average),
                thirds(name, WatchedJvm.Memory::heapAfterGcMb, DoubleStream::min))).toList();
    }

    private double max(String jvm, ToDoubleFunction<WatchedJvm.Memory> value) {
        return values(samples, jvm, value).max().orElse(Double.NaN);
    }

    private double[] thirds(String jvm, ToDoubleFunction<WatchedJvm.Memory> value,
                            Function<DoubleStream, OptionalDouble> summary) {
        int third = Math.max(1, samples.size() / 3);
        return new double[] {
                summary.apply(values(samples.subList(0, Math.min(third, samples.size())), jvm, value))
                        .orElse(Double.NaN),
                summary.apply(values(samples.subList(Math.max(0, samples.size() - third), samples.size()), jvm,
                        value)).orElse(Double.NaN)};
    }

    private static DoubleStream values(List<Timeline.Sample> part, String jvm,
                                       ToDoubleFunction<WatchedJvm.Memory> value) {
        return part.stream().map(sample -> sample.memory().get(jvm)).filter(Objects::nonNull).mapToDouble(value)
                .filter(v -> v >= 0);
    }
}
