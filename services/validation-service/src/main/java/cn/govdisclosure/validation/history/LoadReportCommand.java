package cn.govdisclosure.validation.history;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * Keep an agency's report for a year that was published before this system, as an agency or an administrator
 * enters it. {@code formatId} may be {@code null} (the format of the year); a figure may be {@code null} (blank).
 * Service-private.
 */
public record LoadReportCommand(String creditCode, int year, String formatId, Map<String, BigDecimal> figures,
                                Map<String, String> sections) {

    public LoadReportCommand {
        Objects.requireNonNull(creditCode, "creditCode");
        figures = figures == null ? Map.of() : figures;
        sections = sections == null ? Map.of() : sections;
    }
}
