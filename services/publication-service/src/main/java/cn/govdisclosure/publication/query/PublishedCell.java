package cn.govdisclosure.publication.query;

import cn.govdisclosure.kernel.format.CellDefinition;
import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.format.ReportFormats;

import java.math.BigDecimal;
import java.util.List;

/**
 * One figure of a published version with the names the format gives it: {@code table} is the table's key (二, 三,
 * 四) and {@code label} the cell's label in the format definition. {@code value} is null for a figure the version
 * does not hold.
 */
public record PublishedCell(String cellId, String table, String label, BigDecimal value) {

    /** Every cell of the report's format, in layout order (table by table, row by row, column by column). */
    public static List<PublishedCell> of(PublishedReport report) {
        ReportFormat format = ReportFormats.byId(report.formatId()).orElseThrow(
                () -> new IllegalStateException("Unknown format " + report.formatId() + " of " + report.reportId()));
        return format.cells().values().stream()
                .map(cell -> of(cell, report.figures().get(cell.id())))
                .toList();
    }

    private static PublishedCell of(CellDefinition cell, BigDecimal value) {
        return new PublishedCell(cell.id(), cell.table().key(), cell.label(), value);
    }
}
