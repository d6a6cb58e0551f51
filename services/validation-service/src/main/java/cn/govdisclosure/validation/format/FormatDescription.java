package cn.govdisclosure.validation.format;

import cn.govdisclosure.kernel.format.CellDefinition;
import cn.govdisclosure.kernel.format.ColumnDefinition;
import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.format.RowDefinition;
import cn.govdisclosure.kernel.format.SectionDefinition;
import cn.govdisclosure.kernel.format.TableBlock;
import cn.govdisclosure.kernel.format.TableDefinition;
import cn.govdisclosure.kernel.rules.Rule;
import java.util.List;

/**
 * A national format as forms and importers need it: the layout of its tables with the official labels, every cell
 * with its id, and the rules a report in this format is checked against.
 *
 * <p>The kernel's definitions point back and forth (a cell knows its table, block, row and column), so they are
 * flattened here into a tree that serialises as plain JSON.
 */
public record FormatDescription(String id, String basis, List<Section> sections, List<Table> tables,
                                List<Cell> cells, List<RuleSummary> rules) {

    static FormatDescription of(ReportFormat format, List<Rule> rules) {
        return new FormatDescription(format.id(), format.basis(),
                format.sections().stream().map(Section::of).toList(),
                format.tables().stream().map(Table::of).toList(),
                format.cells().values().stream().map(Cell::of).toList(),
                rules.stream().map(RuleSummary::of).distinct().toList());
    }

    public record Section(String key, String heading) {
        static Section of(SectionDefinition section) {
            return new Section(section.key(), section.heading());
        }
    }

    public record Table(String key, String heading, String cellPrefix, String note, List<Block> blocks) {
        static Table of(TableDefinition table) {
            return new Table(table.key(), table.heading(), table.cellPrefix(), table.note(),
                    table.blocks().stream().map(Block::of).toList());
        }
    }

    public record Block(String label, String stubHeading, List<Row> rows, List<Column> columns) {
        static Block of(TableBlock block) {
            return new Block(block.label(), block.stubHeading(), block.rows().stream().map(Row::of).toList(),
                    block.columns().stream().map(Column::of).toList());
        }
    }

    public record Row(String id, String label, List<String> captions) {
        static Row of(RowDefinition row) {
            return new Row(row.id(), row.label(), row.captions());
        }
    }

    public record Column(String id, String label, List<String> groups, String kind) {
        static Column of(ColumnDefinition column) {
            return new Column(column.id(), column.label(), column.groups(), column.kind().name());
        }
    }

    public record Cell(String id, String label, String kind) {
        static Cell of(CellDefinition cell) {
            return new Cell(cell.id(), cell.label(), cell.kind().name());
        }
    }

    /** A rule id with its severity; a rule checked in two ways (T4-2: values and completeness) is listed once. */
    public record RuleSummary(String id, String severity) {
        static RuleSummary of(Rule rule) {
            return new RuleSummary(rule.id(), rule.severity().name());
        }
    }
}
