package cn.govdisclosure.validation.format;

import cn.govdisclosure.kernel.format.CellDefinition;
import cn.govdisclosure.kernel.format.ColumnDefinition;
import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.format.RowDefinition;
import cn.govdisclosure.kernel.format.SectionDefinition;
import cn.govdisclosure.kernel.format.TableBlock;
import cn.govdisclosure.kernel.format.TableDefinition;
import cn.govdisclosure.kernel.rules.Rule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A national format as forms and importers need it: the layout of its tables with the official labels, every cell
 * with its id, and the rules a report in this format is checked against, with the cells each reads in it.
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
                RuleSummary.of(rules, format));
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

    /**
     * A rule as agencies read it: its id and severity, what it requires and the cells of this format it reads (empty
     * where it reads text or dates). A rule checked in two ways at one severity (T4-2: values and completeness) is
     * listed once; at two severities (T2-2: the value kind is an error, a fee that looks like 元 a warning) twice.
     */
    public record RuleSummary(String id, String severity, String description, List<String> cells) {

        static List<RuleSummary> of(List<Rule> rules, ReportFormat format) {
            Map<String, RuleSummary> summaries = new LinkedHashMap<>();
            for (Rule rule : rules) {
                summaries.merge(rule.id() + " " + rule.severity(), new RuleSummary(rule.id(), rule.severity().name(),
                        rule.description(), rule.reads(format)), RuleSummary::and);
            }
            return List.copyOf(summaries.values());
        }

        private RuleSummary and(RuleSummary other) {
            return new RuleSummary(id, severity, description + "；" + other.description,
                    Stream.concat(cells.stream(), other.cells.stream()).distinct().toList());
        }
    }
}
