package cn.govdisclosure.publication.web.portal;

import cn.govdisclosure.kernel.calendar.ChineseDates;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * The compliance dashboard's chart, computed on the server and drawn as SVG by the template (no script): first
 * publications per day, each day's bar split into reports in time and reports late for their own deadline, with a
 * vertical line at the end of every deadline day. Coordinates are in the SVG's user units, formatted to one decimal.
 *
 * <p>The days run from 1 January after the report year (or the first publication, if earlier) to a week after the
 * last deadline (or the last publication, if later), at most {@value #MAX_DAYS} days; publications after that are
 * counted in {@code later}.
 */
public record PublicationChart(int width, int height, String title, String description, Plot plot, List<Bar> bars,
                               List<Tick> yTicks, List<Tick> xTicks, List<DeadlineLine> deadlines, long later) {

    static final int MAX_DAYS = 366;
    static final int WIDTH = 720;
    static final int HEIGHT = 260;
    private static final double LEFT = 40;
    private static final double RIGHT = 16;
    private static final double TOP = 34;
    private static final double BOTTOM = 30;

    /**
     * The plot area: the axes run along its left and bottom edges. Labels of the y axis end at {@code yLabelX}, month
     * marks reach down to {@code tickBottom} and month names sit on {@code xLabelY}; deadline lines start at
     * {@code deadlineTop}, above the plot, where their labels are.
     */
    public record Plot(String left, String top, String right, String bottom, String yLabelX, String tickBottom,
                       String xLabelY, String deadlineTop) {
    }

    /** One day with publications: {@code onTime} and {@code late} stack, in time at the bottom. */
    public record Bar(LocalDate day, long onTime, long late, String x, String width, String onTimeY,
                      String onTimeHeight, String lateY, String lateHeight, String label) {

        public long total() {
            return onTime + late;
        }
    }

    /** An axis label at a position along its axis; {@code labelAt} is where its text starts or centres. */
    public record Tick(String at, String labelAt, String label) {
    }

    /**
     * The end of a deadline day, and whose deadline it is; labels alternate between two lines above the plot, and in
     * the right part of the chart end at the line rather than start there ({@code anchor}).
     */
    public record DeadlineLine(LocalDate day, String x, String labelX, String labelY, String anchor, String label) {
    }

    /** The counts of publications per day, in time and late; the deadlines by day with whose they are. */
    public static PublicationChart of(int year, SortedMap<LocalDate, long[]> perDay,
                                      SortedMap<LocalDate, String> deadlines) {
        LocalDate start = LocalDate.of(year + 1, 1, 1);
        if (!perDay.isEmpty() && perDay.firstKey().isBefore(start)) {
            start = perDay.firstKey();
        }
        LocalDate end = deadlines.lastKey().plusDays(7);
        if (!perDay.isEmpty() && perDay.lastKey().isAfter(end)) {
            end = perDay.lastKey();
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            end = start.plusDays(MAX_DAYS - 1);
        }
        int days = (int) ChronoUnit.DAYS.between(start, end) + 1;
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double dayWidth = plotWidth / days;
        long highest = perDay.values().stream().mapToLong(counts -> counts[0] + counts[1]).max().orElse(0);
        long step = step(highest);
        long top = Math.max(step, (highest + step - 1) / step * step);
        double unit = plotHeight / top;
        double bottom = TOP + plotHeight;

        List<Bar> bars = new ArrayList<>();
        long later = 0;
        for (Map.Entry<LocalDate, long[]> day : perDay.entrySet()) {
            long index = ChronoUnit.DAYS.between(start, day.getKey());
            long onTime = day.getValue()[0];
            long late = day.getValue()[1];
            if (index >= days) {
                later += onTime + late;
                continue;
            }
            double x = LEFT + index * dayWidth;
            double barWidth = Math.max(dayWidth * 0.8, 1);
            double onTimeHeight = onTime * unit;
            double lateHeight = late * unit;
            bars.add(new Bar(day.getKey(), onTime, late, number(x + (dayWidth - barWidth) / 2), number(barWidth),
                    number(bottom - onTimeHeight), number(onTimeHeight), number(bottom - onTimeHeight - lateHeight),
                    number(lateHeight), ChineseDates.monthDay(day.getKey()) + "：" + (onTime + late) + "份"
                    + (late > 0 ? "（逾期" + late + "份）" : "")));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (long value = 0; value <= top; value += step) {
            yTicks.add(new Tick(number(bottom - value * unit), number(bottom - value * unit), Long.toString(value)));
        }
        List<Tick> xTicks = new ArrayList<>();
        for (LocalDate month = start.withDayOfMonth(1); !month.isAfter(end); month = month.plusMonths(1)) {
            if (!month.isBefore(start)) {
                double x = LEFT + ChronoUnit.DAYS.between(start, month) * dayWidth;
                xTicks.add(new Tick(number(x), number(x + 2), month.getMonthValue() + "月"));
            }
        }
        List<DeadlineLine> lines = new ArrayList<>();
        for (Map.Entry<LocalDate, String> deadline : deadlines.entrySet()) {
            long index = ChronoUnit.DAYS.between(start, deadline.getKey());
            if (index >= 0 && index < days) {
                double x = LEFT + (index + 1) * dayWidth;
                boolean right = x > WIDTH * 0.6;
                lines.add(new DeadlineLine(deadline.getKey(), number(x), number(right ? x - 3 : x + 3),
                        lines.size() % 2 == 0 ? "12" : "26", right ? "end" : "start",
                        ChineseDates.monthDay(deadline.getKey()) + " " + deadline.getValue()));
            }
        }
        long published = perDay.values().stream().mapToLong(counts -> counts[0] + counts[1]).sum();
        long late = perDay.values().stream().mapToLong(counts -> counts[1]).sum();
        String title = year + "年度报告每日公开数量";
        String description = ChineseDates.full(start) + "至" + ChineseDates.full(end) + "，共公开" + published + "份，其中逾期"
                + late + "份；截止日期：" + String.join("、", lines.stream().map(DeadlineLine::label).toList())
                + (later > 0 ? "；另有" + later + "份在此之后公开" : "") + "。";
        return new PublicationChart(WIDTH, HEIGHT, title, description,
                new Plot(number(LEFT), number(TOP), number(WIDTH - RIGHT), number(bottom), number(LEFT - 6),
                        number(bottom + 5), number(bottom + 18), number(TOP - 4)), bars, yTicks, xTicks, lines,
                later);
    }

    /** A round step for at most four gridlines above zero: 1, 2, 5, 10, 20, 50, … */
    static long step(long highest) {
        for (long magnitude = 1; ; magnitude *= 10) {
            for (long factor : new long[] {1, 2, 5}) {
                if (highest <= factor * magnitude * 4) {
                    return factor * magnitude;
                }
            }
        }
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
