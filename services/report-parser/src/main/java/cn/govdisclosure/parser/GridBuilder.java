package cn.govdisclosure.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a table with merged cells as a full grid, the way a reader sees it: a cell spanning rows is repeated in
 * each row it covers (so every row of table 三 carries its captions, 三、本年度办理结果 and （三）不予公开), and a cell
 * spanning columns is repeated to the right, marked as a continuation so that it is not read as a second value.
 */
final class GridBuilder {

    /** Spans beyond this are typing errors in the markup (rowspan="1000"), not layout. */
    private static final int MAXIMUM_SPAN = 100;

    private final int tableNumber;
    private final List<List<SourceCell>> grid = new ArrayList<>();
    private int rowsStarted;
    private int cursor;

    GridBuilder(int tableNumber) {
        this.tableNumber = tableNumber;
    }

    void startRow() {
        rowsStarted++;
        cursor = 0;
        row(rowsStarted - 1);
    }

    void addCell(String text, int rowSpan, int columnSpan) {
        int rowIndex = rowsStarted - 1;
        List<SourceCell> row = row(rowIndex);
        int column = cursor;
        while (column < row.size() && row.get(column) != null) {
            column++;
        }
        int rows = clamp(rowSpan);
        int columns = clamp(columnSpan);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                place(rowIndex + r, column + c, text, c > 0);
            }
        }
        cursor = column + columns;
    }

    /** A cell that continues a vertical merge from the row above (Word's vMerge): the text above, repeated. */
    void addCellMergedFromAbove(int columnSpan) {
        int rowIndex = rowsStarted - 1;
        List<SourceCell> row = row(rowIndex);
        int column = cursor;
        while (column < row.size() && row.get(column) != null) {
            column++;
        }
        String above = "";
        if (rowIndex > 0 && column < grid.get(rowIndex - 1).size() && grid.get(rowIndex - 1).get(column) != null) {
            above = grid.get(rowIndex - 1).get(column).text();
        }
        int columns = clamp(columnSpan);
        for (int c = 0; c < columns; c++) {
            place(rowIndex, column + c, above, c > 0);
        }
        cursor = column + columns;
    }

    List<SourceRow> rows() {
        List<SourceRow> rows = new ArrayList<>(rowsStarted);
        for (int r = 0; r < rowsStarted; r++) {
            List<SourceCell> cells = new ArrayList<>(grid.get(r));
            for (int c = 0; c < cells.size(); c++) {
                if (cells.get(c) == null) {
                    cells.set(c, new SourceCell("", Location.tableCell(tableNumber, r + 1, c + 1)));
                }
            }
            if (!cells.isEmpty()) {
                rows.add(new SourceRow(cells, true));
            }
        }
        return rows;
    }

    private void place(int rowIndex, int column, String text, boolean continuation) {
        List<SourceCell> row = row(rowIndex);
        while (row.size() <= column) {
            row.add(null);
        }
        if (row.get(column) == null) {
            row.set(column, new SourceCell(text, Location.tableCell(tableNumber, rowIndex + 1, column + 1),
                    continuation));
        }
    }

    private List<SourceCell> row(int rowIndex) {
        while (grid.size() <= rowIndex) {
            grid.add(new ArrayList<>());
        }
        return grid.get(rowIndex);
    }

    private static int clamp(int span) {
        return Math.max(1, Math.min(span, MAXIMUM_SPAN));
    }
}
