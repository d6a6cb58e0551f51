package cn.govdisclosure.kernel.format;

/** One figure of the report: where it sits in the national layout and what it may hold. */
public record CellDefinition(String id, TableDefinition table, TableBlock block, RowDefinition row,
                             ColumnDefinition column) {

    public ValueKind kind() {
        return column.kind();
    }

    /** The label that names this cell in messages to agencies, e.g. （七）总计·自然人. */
    public String label() {
        return row.fullLabel() + "·" + column.label();
    }
}
