package cn.govdisclosure.kernel.format;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A national report format: its narrative sections and tables, and the index of every cell by id. This is the
 * one definition that input checks, validation rules and rendering read.
 */
public final class ReportFormat {

    private final String id;
    private final String basis;
    private final List<SectionDefinition> sections;
    private final List<TableDefinition> tables;
    private final Map<String, CellDefinition> cells;

    ReportFormat(String id, String basis, List<SectionDefinition> sections, List<TableDefinition> tables) {
        this.id = id;
        this.basis = basis;
        this.sections = List.copyOf(sections);
        this.tables = List.copyOf(tables);
        this.cells = Collections.unmodifiableMap(indexCells(tables));
    }

    private static Map<String, CellDefinition> indexCells(List<TableDefinition> tables) {
        Map<String, CellDefinition> cells = new LinkedHashMap<>();
        for (TableDefinition table : tables) {
            for (TableBlock block : table.blocks()) {
                for (RowDefinition row : block.rows()) {
                    for (ColumnDefinition column : block.columns()) {
                        String cellId = table.cellPrefix() + "." + row.id() + "." + column.id();
                        if (cells.put(cellId, new CellDefinition(cellId, table, block, row, column)) != null) {
                            throw new IllegalStateException("Duplicate cell id " + cellId);
                        }
                    }
                }
            }
        }
        return cells;
    }

    /** The format's id: {@code 2021} or {@code 2019}. */
    public String id() {
        return id;
    }

    /** The document that prescribes the format. */
    public String basis() {
        return basis;
    }

    public List<SectionDefinition> sections() {
        return sections;
    }

    public List<TableDefinition> tables() {
        return tables;
    }

    /** Every cell in layout order. */
    public Map<String, CellDefinition> cells() {
        return cells;
    }

    public Optional<CellDefinition> cell(String cellId) {
        return Optional.ofNullable(cells.get(cellId));
    }

    public boolean hasSection(String key) {
        return sections.stream().anyMatch(section -> section.key().equals(key));
    }

    public TableDefinition table(String key) {
        return tables.stream().filter(table -> table.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No table " + key + " in format " + id));
    }

    @Override
    public String toString() {
        return "ReportFormat[" + id + "]";
    }
}
