package cn.govdisclosure.parser;

import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.format.TableBlock;
import cn.govdisclosure.kernel.format.TableDefinition;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads every table of the format from the rows under its heading, block by block, and returns the cells found
 * in the format's layout order. A table whose heading is missing is looked for in the whole report body, by its
 * row labels alone.
 */
final class TableReader {

    private TableReader() {
    }

    static Map<String, FoundCell> read(ReportFormat format, Outline outline, Notes notes) {
        Map<String, FoundCell> found = new HashMap<>();
        for (TableDefinition table : format.tables()) {
            Optional<Outline.Segment> heading = outline.tableSegment(table);
            List<SourceRow> rows = heading.isPresent() ? outline.tableRows(table) : outline.body();
            Location near = heading.map(Outline.Segment::location).orElse(Location.UNKNOWN);
            if (heading.isEmpty()) {
                notes.add(ParseNote.Kind.TABLE_NOT_FOUND, table.cellPrefix(), "未找到表格标题「" + table.heading()
                        + "」，已在全文中按行标签查找该表数据，请核对。", Location.UNKNOWN);
            } else if (!heading.get().exactTitle()) {
                notes.add(ParseNote.Kind.LABEL_APPROXIMATE, table.cellPrefix(), "原文标题“" + heading.get().heading()
                        + "”与格式「" + table.heading() + "」不完全一致，已按该表读取，请核对。", near);
            }
            for (TableBlock block : table.blocks()) {
                new BlockReader(format, table, block, rows, near, notes, found).read();
            }
        }
        Map<String, FoundCell> ordered = new LinkedHashMap<>();
        for (String cellId : format.cells().keySet()) {
            FoundCell cell = found.get(cellId);
            if (cell != null) {
                ordered.put(cellId, cell);
            }
        }
        return ordered;
    }
}
