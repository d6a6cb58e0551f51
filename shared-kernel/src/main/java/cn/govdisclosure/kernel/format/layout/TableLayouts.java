package cn.govdisclosure.kernel.format.layout;

import cn.govdisclosure.kernel.format.ColumnDefinition;
import cn.govdisclosure.kernel.format.RowDefinition;
import cn.govdisclosure.kernel.format.TableBlock;
import cn.govdisclosure.kernel.format.TableDefinition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays a table of the format definition out as the national format prints it, with merged cells.
 *
 * <p>A column's header is its path {@code groups › label}; a row's is {@code captions › label}. Equal path prefixes
 * of neighbouring columns (rows) merge into one header spanning them, and a path shorter than the deepest stretches
 * its last element over the remaining header rows (stub columns). That single rule yields 申请人情况 over all of
 * table 三 with 自然人 and 总计 reaching down two rows, and 三、本年度办理结果 › （三）不予公开 down the stub.
 *
 * <p>Every figure cell lists the ids of all headers above and beside it in {@code headers}, which is how screen
 * readers announce cells of tables with several header levels.
 */
public final class TableLayouts {

    /*
     * The format keeps table 四's groups (行政复议, 行政诉讼 › …) as rows, because rules such as T4-1 address them as
     * rows. The national format prints them across the top, over 结果维持…总计, with a single row of figures.
     */
    private static final Set<String> PRINTED_ACROSS = Set.of("四");

    private final TableDefinition table;
    private final Map<String, BigDecimal> figures;
    private final boolean across;
    private final int stubWidth;
    private final int dataWidth;
    private int headerCount;

    private TableLayouts(TableDefinition table, Map<String, BigDecimal> figures) {
        this.table = table;
        this.figures = figures;
        this.across = PRINTED_ACROSS.contains(table.key());
        this.stubWidth = across ? 0 : table.blocks().stream().flatMap(block -> block.rows().stream())
                .mapToInt(row -> row.captions().size() + 1).max().orElse(0);
        this.dataWidth = table.blocks().stream().mapToInt(this::dataColumns).max().orElse(0);
    }

    /** The table with the report's figures; a figure missing from {@code figures} is printed as a dash. */
    public static TableLayout of(TableDefinition table, Map<String, BigDecimal> figures) {
        return new TableLayouts(table, figures).layout();
    }

    private TableLayout layout() {
        List<LayoutBody> blocks = table.blocks().stream().map(this::block).toList();
        int width = stubWidth + dataWidth;
        if (blocks.size() > 1) {
            return new TableLayout(table.key(), table.cellPrefix(), table.heading(), width, List.of(), blocks);
        }
        // A single block: its header rows become the table head, which print repeats on every page.
        TableBlock only = table.blocks().get(0);
        int headRows = (only.label().isEmpty() ? 0 : 1) + headerDepth(only);
        List<LayoutRow> rows = blocks.get(0).rows();
        return new TableLayout(table.key(), table.cellPrefix(), table.heading(), width, rows.subList(0, headRows),
                List.of(new LayoutBody(rows.subList(headRows, rows.size()))));
    }

    private LayoutBody block(TableBlock block) {
        List<LayoutRow> rows = new ArrayList<>();
        List<String> blockHeaders = new ArrayList<>();
        if (!block.label().isEmpty()) {
            String id = nextId();
            rows.add(new LayoutRow(List.of(
                    LayoutCell.header(block.label(), "rowgroup", stubWidth + dataWidth, 1, id))));
            blockHeaders.add(id);
        }
        List<List<String>> columnHeaders = new ArrayList<>();
        columnPaths(block).forEach(path -> columnHeaders.add(new ArrayList<>(blockHeaders)));
        rows.addAll(columnHeads(block, columnHeaders));
        if (across) {
            rows.add(figuresAcross(block, columnHeaders));
        } else {
            rows.addAll(rowsWithStub(block, columnHeaders));
        }
        return new LayoutBody(rows);
    }

    private List<LayoutRow> columnHeads(TableBlock block, List<List<String>> columnHeaders) {
        List<List<String>> paths = columnPaths(block);
        int depth = headerDepth(block);
        List<LayoutRow> rows = new ArrayList<>();
        for (int level = 0; level < depth; level++) {
            List<LayoutCell> cells = new ArrayList<>();
            if (level == 0 && stubWidth > 0) {
                cells.add(stub(block, depth));
            }
            cells.addAll(columnHeadersAt(level, paths, depth, columnHeaders));
            rows.add(new LayoutRow(cells));
        }
        return rows;
    }

    /**
     * The header cells of one header row, left to right: a group spans the columns below it, a column's own label
     * reaches down to the last header row. The last column widens to the table's width (table 二's single-figure
     * items under its three-figure first item).
     */
    private List<LayoutCell> columnHeadersAt(int level, List<List<String>> paths, int depth,
                                             List<List<String>> columnHeaders) {
        List<LayoutCell> cells = new ArrayList<>();
        int start = 0;
        while (start < paths.size()) {
            List<String> path = paths.get(start);
            if (level >= path.size()) {
                start++;
                continue;
            }
            boolean leaf = level == path.size() - 1;
            int end = leaf ? start + 1 : endOfGroup(paths, start, level);
            int colspan = end - start + (end == paths.size() ? dataWidth - paths.size() : 0);
            String id = nextId();
            cells.add(LayoutCell.header(path.get(level), leaf ? "col" : "colgroup", colspan,
                    leaf ? depth - level : 1, id));
            columnHeaders.subList(start, end).forEach(headers -> headers.add(id));
            start = end;
        }
        return cells;
    }

    /** The top-left cell: table 三's note on how its rows add up, or table 二's 信息内容 over the row labels. */
    private LayoutCell stub(TableBlock block, int depth) {
        if (table.note() != null) {
            return LayoutCell.note(table.note(), stubWidth, depth);
        }
        if (block.stubHeading().isEmpty()) {
            return LayoutCell.note("", stubWidth, depth);
        }
        return LayoutCell.header(block.stubHeading(), "col", stubWidth, depth, nextId());
    }

    private List<LayoutRow> rowsWithStub(TableBlock block, List<List<String>> columnHeaders) {
        List<List<String>> paths = block.rows().stream().map(TableLayouts::path).toList();
        Map<Integer, String> openGroups = new HashMap<>();
        List<LayoutRow> rows = new ArrayList<>();
        for (int index = 0; index < paths.size(); index++) {
            List<LayoutCell> cells = new ArrayList<>();
            List<String> rowHeaders = rowHeaders(paths, index, openGroups, cells);
            RowDefinition row = block.rows().get(index);
            int last = block.columns().size() - 1;
            for (int column = 0; column <= last; column++) {
                cells.add(figure(row, block.columns().get(column), join(rowHeaders, columnHeaders.get(column)),
                        column == last ? 1 + dataWidth - block.columns().size() : 1));
            }
            rows.add(new LayoutRow(cells));
        }
        return rows;
    }

    /**
     * Adds the row's header cells to {@code cells} and answers the ids of all headers of the row. A caption is
     * printed on the first row of its group, spanning the group; the rows below only refer to it. A row's own
     * label widens to the stub's width when the row has fewer captions than others.
     */
    private List<String> rowHeaders(List<List<String>> paths, int index, Map<Integer, String> openGroups,
                                    List<LayoutCell> cells) {
        List<String> path = paths.get(index);
        List<String> ids = new ArrayList<>();
        for (int level = 0; level < path.size(); level++) {
            boolean leaf = level == path.size() - 1;
            if (!leaf && continuesGroupAbove(paths, index, level)) {
                ids.add(openGroups.get(level));
                continue;
            }
            String id = nextId();
            cells.add(LayoutCell.header(path.get(level), leaf ? "row" : "rowgroup",
                    leaf ? stubWidth - level : 1, leaf ? 1 : endOfGroup(paths, index, level) - index, id));
            openGroups.put(level, id);
            ids.add(id);
        }
        return ids;
    }

    private LayoutRow figuresAcross(TableBlock block, List<List<String>> columnHeaders) {
        List<LayoutCell> cells = new ArrayList<>();
        for (RowDefinition row : block.rows()) {
            for (ColumnDefinition column : block.columns()) {
                cells.add(figure(row, column, String.join(" ", columnHeaders.get(cells.size())), 1));
            }
        }
        return new LayoutRow(cells);
    }

    private LayoutCell figure(RowDefinition row, ColumnDefinition column, String headers, int colspan) {
        String cellId = table.cellPrefix() + "." + row.id() + "." + column.id();
        BigDecimal value = figures.get(cellId);
        return LayoutCell.figure(Figures.format(value, column.kind()), cellId, headers, colspan, value == null);
    }

    /** Header paths of the figure columns, left to right. */
    private List<List<String>> columnPaths(TableBlock block) {
        List<List<String>> paths = new ArrayList<>();
        if (across) {
            block.rows().forEach(row -> block.columns().forEach(column -> paths.add(append(path(row), column.label()))));
        } else {
            block.columns().forEach(column -> paths.add(append(column.groups(), column.label())));
        }
        return paths;
    }

    private int headerDepth(TableBlock block) {
        return columnPaths(block).stream().mapToInt(List::size).max().orElse(0);
    }

    private int dataColumns(TableBlock block) {
        return across ? block.rows().size() * block.columns().size() : block.columns().size();
    }

    private String nextId() {
        headerCount++;
        return table.cellPrefix() + "-h" + headerCount;
    }

    /** Where the group that the path at {@code start} opens at {@code level} ends (exclusive). */
    private static int endOfGroup(List<List<String>> paths, int start, int level) {
        int end = start + 1;
        while (end < paths.size() && sameGroup(paths.get(start), paths.get(end), level)) {
            end++;
        }
        return end;
    }

    private static boolean continuesGroupAbove(List<List<String>> paths, int index, int level) {
        return index > 0 && sameGroup(paths.get(index - 1), paths.get(index), level);
    }

    /** Both paths have a group (not their own label) at {@code level}, and the same groups down to it. */
    private static boolean sameGroup(List<String> one, List<String> other, int level) {
        return one.size() - 1 > level && other.size() - 1 > level
                && one.subList(0, level + 1).equals(other.subList(0, level + 1));
    }

    private static List<String> path(RowDefinition row) {
        return append(row.captions(), row.label());
    }

    private static List<String> append(List<String> groups, String label) {
        List<String> path = new ArrayList<>(groups);
        path.add(label);
        return path;
    }

    private static String join(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return String.join(" ", all);
    }
}
