package cn.govdisclosure.parser;

import java.util.StringJoiner;

/**
 * Where in the document a value or a problem was found, so that an agency can look it up in its own file. Each
 * part is 1-based, and 0 where it does not apply: text and PDF documents have lines (and pages), HTML and Word
 * documents have tables with rows; a cell of a tab-separated text table has a line and a column.
 */
public record Location(int page, int line, int table, int row, int column) {

    public static final Location UNKNOWN = new Location(0, 0, 0, 0, 0);

    public Location {
        if (page < 0 || line < 0 || table < 0 || row < 0 || column < 0) {
            throw new IllegalArgumentException("Location parts are 1-based or 0 when not applicable");
        }
    }

    public static Location line(int line) {
        return new Location(0, line, 0, 0, 0);
    }

    public static Location lineAndColumn(int line, int column) {
        return new Location(0, line, 0, 0, column);
    }

    public static Location pageAndLine(int page, int line) {
        return new Location(page, line, 0, 0, 0);
    }

    public static Location tableCell(int table, int row, int column) {
        return new Location(0, 0, table, row, column);
    }

    /** The location as an agency reads it, e.g. 第2页第14行 or 第3个表格第5行第2列. */
    public String describe() {
        StringJoiner text = new StringJoiner("");
        if (page > 0) {
            text.add("第" + page + "页");
        }
        if (line > 0) {
            text.add("第" + line + "行");
        }
        if (table > 0) {
            text.add("第" + table + "个表格");
        }
        if (row > 0) {
            text.add("第" + row + "行");
        }
        if (column > 0) {
            text.add("第" + column + "列");
        }
        return text.length() == 0 ? "位置不详" : text.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
