package cn.govdisclosure.kernel.format;

import java.util.List;
import java.util.Objects;

/**
 * A rectangular part of a table: rows × columns, each cell id being {@code <prefix>.<row>.<column>}. Table 二
 * has one block per article item (第二十条第（一）项 …), tables 三 and 四 one block each.
 */
public record TableBlock(String label, String stubHeading, List<RowDefinition> rows, List<ColumnDefinition> columns) {

    public TableBlock {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(stubHeading, "stubHeading");
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
    }
}
