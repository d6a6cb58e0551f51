package cn.govdisclosure.loadgenerator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;

/**
 * The run over time as a PNG: throughput, latency, and the memory of the system's JVMs (resident set and heap after
 * collection, each JVM's own) with Kafka's consumer lag, one panel each.
 */
final class RunChart {

    private RunChart() {
    }

    static void write(String title, List<Timeline.Sample> samples, Path png) throws IOException {
        XYChart throughput = chart(title + ": throughput", "per second");
        series(throughput, "figure changes/s", samples, Timeline.Sample::figureChanges, 0);
        series(throughput, "event-store rows/s", samples, Timeline.Sample::eventRows, 0);
        series(throughput, "commands/s", samples, Timeline.Sample::commands, 0);
        series(throughput, "published/s (right)", samples, Timeline.Sample::published, 1);
        throughput.setYAxisGroupTitle(1, "reports published per second");

        XYChart latency = chart("latency, p99 of each second", "milliseconds");
        series(latency, "submit → published p99", samples, Timeline.Sample::publishedP99, 0);
        series(latency, "API calls p99", samples, Timeline.Sample::apiP99, 0);

        XYChart resources = chart("memory of the system's JVMs", "MB");
        List<String> jvms = samples.isEmpty() ? List.of() : List.copyOf(samples.get(0).memory().keySet());
        for (String jvm : jvms) {
            series(resources, jvm + ": resident", samples, sample -> memory(sample, jvm).residentMb(), 0);
            series(resources, jvm + ": heap after GC", samples, sample -> memory(sample, jvm).heapAfterGcMb(), 0);
        }
        series(resources, "Kafka consumer lag (right)", samples, sample -> sample.kafkaLag(), 1);
        resources.setYAxisGroupTitle(1, "messages");

        String file = png.toString().endsWith(".png") ? png.toString().substring(0, png.toString().length() - 4)
                : png.toString();
        BitmapEncoder.saveBitmap(List.of(throughput, latency, resources), 3, 1, file, BitmapEncoder.BitmapFormat.PNG);
    }

    private static WatchedJvm.Memory memory(Timeline.Sample sample, String jvm) {
        return sample.memory().getOrDefault(jvm, new WatchedJvm.Memory(-1, -1, -1, -1));
    }

    private static XYChart chart(String title, String yTitle) {
        XYChart chart = new XYChartBuilder().width(1100).height(360).title(title).xAxisTitle("seconds into the run")
                .yAxisTitle(yTitle).build();
        chart.getStyler().setMarkerSize(0);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        return chart;
    }

    /** NaN samples (no latency ended in that second) are left out. */
    private static void series(XYChart chart, String name, List<Timeline.Sample> samples,
                               ToDoubleFunction<Timeline.Sample> value, int axis) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (Timeline.Sample sample : samples) {
            double v = value.applyAsDouble(sample);
            if (!Double.isNaN(v) && v >= 0) {
                x.add(sample.second());
                y.add(v);
            }
        }
        if (x.isEmpty()) {
            x.add(0.0);
            y.add(0.0);
        }
        XYSeries series = chart.addSeries(name, x, y);
        series.setYAxisGroup(axis);
    }
}
