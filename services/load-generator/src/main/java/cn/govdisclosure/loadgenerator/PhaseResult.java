package cn.govdisclosure.loadgenerator;

import java.time.Duration;
import java.util.List;
import java.util.Map;
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
 */
record PhaseResult(String label, SurgeResult surge, SurgeMeter meter, List<Timeline.Sample> samples,
                   long peakResidentBytes, long peakHeapBytes, long eventRows, long kafkaMessages,
                   long averageMessageBytes, double rawInsertRate, double rawProduceRate,
                   Map<String, Long> replayRates, Duration drain, CpuUse cpu) {

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

    /** Mean heap in use over the first and the last third of the run, in MB: a flat run keeps them close. */
    double[] heapThirds() {
        int third = Math.max(1, samples.size() / 3);
        return new double[] {mean(samples.subList(0, Math.min(third, samples.size()))),
                mean(samples.subList(Math.max(0, samples.size() - third), samples.size()))};
    }

    private static double mean(List<Timeline.Sample> part) {
        return part.stream().mapToDouble(Timeline.Sample::heapMb).filter(v -> v >= 0).average().orElse(Double.NaN);
    }
}
