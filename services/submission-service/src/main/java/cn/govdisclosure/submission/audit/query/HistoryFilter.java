package cn.govdisclosure.submission.audit.query;

import java.time.Instant;

/**
 * Which entries of a report's history to show; every criterion is optional (null) and they combine.
 *
 * <ul>
 *   <li>{@code cellId}: the changes of that cell (each showing only that cell) and the workflow steps (submissions,
 *       approvals, returns, validation outcomes, publications), which say what became of the cell's value; other
 *       figure changes, sections and explanations are left out.</li>
 *   <li>{@code user}: entries by that user (validation outcomes by {@code validation-service}, publications by
 *       {@code publication-service}).</li>
 *   <li>{@code from}, {@code to}: entries recorded in that period, both ends included.</li>
 * </ul>
 */
public record HistoryFilter(String cellId, String user, Instant from, Instant to) {

    public static final HistoryFilter EVERYTHING = new HistoryFilter(null, null, null, null);

    boolean keeps(AuditEntry entry) {
        return (cellId == null || entry.kind().workflow() || entry.touchesCell(cellId))
                && (user == null || user.equals(entry.user()))
                && (from == null || !entry.recordedAt().isBefore(from))
                && (to == null || !entry.recordedAt().isAfter(to));
    }

    AuditEntry shown(AuditEntry entry) {
        return cellId == null ? entry : entry.onlyCell(cellId);
    }
}
