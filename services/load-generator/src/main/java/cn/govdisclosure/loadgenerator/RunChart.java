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

/** The run over time as a PNG: throughput, latency, and the system's memory and Kafka lag, one panel each. */
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

        XYChart resources = chart("the system's process", "MB");
        series(resources, "resident memory MB", samples, Timeline.Sample::residentMb, 0);
        series(resources, "JVM heap used MB", samples, Timeline.Sample::heapMb, 0);
        series(resources, "Kafka consumer lag (right)", samples, sample -> sample.kafkaLag(), 1);
        resources.setYAxisGroupTitle(1, "messages");

        String file = png.toString().endsWith(".png") ? png.toString().substring(0, png.toString().length() - 4)
                : png.toString();
        BitmapEncoder.saveBitmap(List.of(throughput, latency, resources), 3, 1, file, BitmapEncoder.BitmapFormat.PNG);
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
