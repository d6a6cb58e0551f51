package cn.govdisclosure.publication.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PublicationChartTest {

    private static final LocalDate JANUARY_31 = LocalDate.of(2024, 1, 31);
    private static final LocalDate MARCH_31 = LocalDate.of(2024, 3, 31);

    @Test
    void runsFromNewYearToAWeekAfterTheLastDeadlineWithALineAtTheEndOfEachDeadlineDay() {
        PublicationChart chart = PublicationChart.of(2023, new TreeMap<>(), deadlines(JANUARY_31, MARCH_31));

        // 1 January to 7 April 2024: 98 days over the 664 units between the axes
        double day = 664.0 / 98;
        assertThat(chart.deadlines()).extracting(PublicationChart.DeadlineLine::x)
                .containsExactly(format(40 + 31 * day), format(40 + 91 * day));
        assertThat(chart.deadlines()).extracting(PublicationChart.DeadlineLine::label)
                .containsExactly("1月31日 部门截止", "3月31日 政府截止");
        assertThat(chart.deadlines()).extracting(PublicationChart.DeadlineLine::anchor)
                .as("the March label would run off the right edge").containsExactly("start", "end");
        assertThat(chart.xTicks()).extracting(PublicationChart.Tick::label).containsExactly("1月", "2月", "3月", "4月");
        assertThat(chart.bars()).isEmpty();
        assertThat(chart.description()).startsWith("2024年1月1日至2024年4月7日，共公开0份");
    }

    @Test
    void stacksTheLateReportsOfADayOnTopOfThoseInTime() {
        SortedMap<LocalDate, long[]> perDay = new TreeMap<>();
        perDay.put(LocalDate.of(2024, 1, 20), new long[] {3, 0});
        perDay.put(LocalDate.of(2024, 2, 1), new long[] {1, 2});

        PublicationChart chart = PublicationChart.of(2023, perDay, deadlines(JANUARY_31));

        PublicationChart.Bar mixed = chart.bars().get(1);
        double bottom = Double.parseDouble(chart.plot().bottom());
        assertThat(Double.parseDouble(mixed.onTimeY()) + Double.parseDouble(mixed.onTimeHeight()))
                .isCloseTo(bottom, org.assertj.core.data.Offset.offset(0.11));
        assertThat(Double.parseDouble(mixed.lateY()) + Double.parseDouble(mixed.lateHeight()))
                .isCloseTo(Double.parseDouble(mixed.onTimeY()), org.assertj.core.data.Offset.offset(0.11));
        assertThat(Double.parseDouble(mixed.lateHeight())).isCloseTo(2 * Double.parseDouble(mixed.onTimeHeight()),
                org.assertj.core.data.Offset.offset(0.11));
        assertThat(mixed.label()).isEqualTo("2月1日：3份（逾期2份）");
        assertThat(chart.yTicks()).extracting(PublicationChart.Tick::label).containsExactly("0", "1", "2", "3");
        assertThat(Double.parseDouble(chart.bars().get(0).x()))
                .isLessThan(Double.parseDouble(chart.deadlines().get(0).x()));
        assertThat(Double.parseDouble(mixed.x())).isGreaterThan(Double.parseDouble(chart.deadlines().get(0).x()));
    }

    @Test
    void countsPublicationsMoreThanAYearAfterTheStartBesideTheChart() {
        SortedMap<LocalDate, long[]> perDay = new TreeMap<>();
        perDay.put(LocalDate.of(2024, 1, 20), new long[] {1, 0});
        perDay.put(LocalDate.of(2026, 11, 30), new long[] {0, 1});

        PublicationChart chart = PublicationChart.of(2023, perDay, deadlines(JANUARY_31));

        assertThat(chart.bars()).hasSize(1);
        assertThat(chart.later()).isEqualTo(1);
        assertThat(chart.xTicks()).hasSize(12);
        assertThat(chart.description()).endsWith("另有1份在此之后公开。");
    }

    @Test
    void choosesRoundGridSteps() {
        assertThat(PublicationChart.step(0)).isEqualTo(1);
        assertThat(PublicationChart.step(4)).isEqualTo(1);
        assertThat(PublicationChart.step(5)).isEqualTo(2);
        assertThat(PublicationChart.step(9)).isEqualTo(5);
        assertThat(PublicationChart.step(21)).isEqualTo(10);
        assertThat(PublicationChart.step(150)).isEqualTo(50);
    }

    private static SortedMap<LocalDate, String> deadlines(LocalDate... days) {
        SortedMap<LocalDate, String> deadlines = new TreeMap<>();
        deadlines.put(days[0], "部门截止");
        if (days.length > 1) {
            deadlines.put(days[1], "政府截止");
        }
        return deadlines;
    }

    private static String format(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
