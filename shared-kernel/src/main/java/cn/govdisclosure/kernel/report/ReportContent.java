package cn.govdisclosure.kernel.report;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures (by cell id), narrative sections (by section key) and the agency's explanations of warnings (by rule
 * id) of a report at one moment. A cell that was never filled in is absent, which is not the same as 0 (rule T3-5).
 * {@code explanations} was added after the first revision of the messages that carry it; it reads as empty where
 * it is missing.
 */
public record ReportContent(Map<String, BigDecimal> figures, Map<String, String> sections,
                            Map<String, String> explanations) {

    public static final ReportContent EMPTY = new ReportContent(Map.of(), Map.of(), Map.of());

    public ReportContent {
        figures = sortedCopy(figures);
        sections = sortedCopy(sections);
        explanations = sortedCopy(explanations);
    }

    public ReportContent(Map<String, BigDecimal> figures, Map<String, String> sections) {
        this(figures, sections, Map.of());
    }

    public BigDecimal figure(String cellId) {
        return figures.get(cellId);
    }

    /** The text of a section, or an empty string. */
    public String section(String key) {
        return sections.getOrDefault(key, "");
    }

    public ReportContent withExplanations(Map<String, String> explanations) {
        return new ReportContent(figures, sections, explanations);
    }

    private static <V> Map<String, V> sortedCopy(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
