package cn.govdisclosure.submission.audit.query;

import java.math.BigDecimal;
import java.util.List;

/**
 * What changed in a report between two points of its history: the versions (sequence numbers, -1 before the
 * report existed) and the cells and sections whose values differ, each with both values (null for blank).
 */
public record ReportDiff(String reportId, long fromVersion, long toVersion, List<CellDifference> cells,
                         List<SectionDifference> sections) {

    /** Values that compare equal as numbers ({@code 1} and {@code 1.0}) are not a difference. */
    public record CellDifference(String cellId, String label, BigDecimal from, BigDecimal to) {
    }

    public record SectionDifference(String key, String from, String to) {
    }
}
