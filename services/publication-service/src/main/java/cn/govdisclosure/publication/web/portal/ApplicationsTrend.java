package cn.govdisclosure.publication.web.portal;

import cn.govdisclosure.kernel.format.ValueKind;
import cn.govdisclosure.kernel.format.layout.Figures;
import cn.govdisclosure.publication.query.PortalLinks;
import cn.govdisclosure.publication.query.YearFigure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An agency's 本年新收政府信息公开申请数量 over the years it published, for its report page: a table, and small bars
 * drawn as SVG by the template when there are two years or more to compare. Each year counts as its latest version.
 */
public record ApplicationsTrend(String cellId, List<Year> years, int width, int height, int barWidth,
                                String baseline, String yearY, boolean drawn) {

    static final int BAR = 36;
    static final int GAP = 16;
    static final int HEIGHT = 120;
    private static final int LABELS = 18;

    /**
     * A year's figure ({@code value} — for a figure the version lacks), the change from the year before it
     * ({@code change} empty when either is unknown), and its bar.
     */
    public record Year(int year, String value, String change, String path, boolean current, String x, String y,
                       String barHeight, String labelX, String valueY) {
    }

    static ApplicationsTrend of(String cellId, List<YearFigure> figures, int currentYear, String creditCode) {
        BigDecimal highest = figures.stream().map(YearFigure::value).filter(value -> value != null)
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        double plot = HEIGHT - 2.0 * LABELS;
        List<Year> years = new ArrayList<>();
        BigDecimal previous = null;
        int previousYear = Integer.MIN_VALUE;
        for (int i = 0; i < figures.size(); i++) {
            YearFigure figure = figures.get(i);
            double barHeight = figure.value() == null || highest.signum() == 0 ? 0
                    : plot * figure.value().doubleValue() / highest.doubleValue();
            double x = GAP + i * (BAR + GAP);
            String change = figure.value() == null || previous == null || previousYear != figure.year() - 1 ? ""
                    : signed(figure.value().subtract(previous));
            years.add(new Year(figure.year(), Figures.format(figure.value(), ValueKind.COUNT), change,
                    PortalLinks.latestPath(creditCode, figure.year()), figure.year() == currentYear, number(x),
                    number(HEIGHT - LABELS - barHeight), number(barHeight), number(x + BAR / 2.0),
                    number(HEIGHT - LABELS - barHeight - 4)));
            previous = figure.value();
            previousYear = figure.year();
        }
        long withValues = figures.stream().filter(figure -> figure.value() != null).count();
        return new ApplicationsTrend(cellId, years, GAP + figures.size() * (BAR + GAP), HEIGHT, BAR,
                number(HEIGHT - LABELS), number(HEIGHT - 4), withValues >= 2);
    }

    private static String signed(BigDecimal change) {
        String digits = change.stripTrailingZeros().toPlainString();
        return change.signum() > 0 ? "+" + digits : change.signum() == 0 ? "持平" : digits;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
