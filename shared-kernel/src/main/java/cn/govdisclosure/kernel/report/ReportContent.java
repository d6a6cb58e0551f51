package cn.govdisclosure.kernel.report;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The figures (by cell id) and narrative sections (by section key) of a report at one moment. A cell that was
 * never filled in is absent, which is not the same as 0 (rule T3-5).
 */
public record ReportContent(Map<String, BigDecimal> figures, Map<String, String> sections) {

    public static final ReportContent EMPTY = new ReportContent(Map.of(), Map.of());

    public ReportContent {
        figures = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(figures, "figures")));
        sections = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(sections, "sections")));
    }

    public BigDecimal figure(String cellId) {
        return figures.get(cellId);
    }
}
