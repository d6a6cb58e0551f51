package cn.govdisclosure.parser;

import java.util.List;

/**
 * A row of the common model: a table row (each grid or tab-separated cell its own {@link SourceCell}) or a line
 * or paragraph of text (one cell). Every reader turns its document into a list of these, in reading order.
 */
record SourceRow(List<SourceCell> cells, boolean tabular) {

    SourceRow {
        cells = List.copyOf(cells);
    }

    static SourceRow line(String text, Location location) {
        return new SourceRow(List.of(new SourceCell(text, location)), false);
    }

    /**
     * The row's text as written, when it says one thing only: a line, or a table row whose cells all repeat one
     * text (a heading typed into a merged first row of a table); null otherwise.
     */
    String singleText() {
        if (!tabular) {
            return cells.get(0).text().strip();
        }
        SourceCell single = null;
        for (SourceCell cell : cells) {
            if (cell.isEmpty()) {
                continue;
            }
            if (single != null && !single.trimmed().equals(cell.trimmed())) {
                return null;
            }
            single = cell;
        }
        return single == null ? null : single.text().strip();
    }

    Location location() {
        return cells.get(0).location();
    }

    boolean isBlank() {
        return cells.stream().allMatch(SourceCell::isEmpty);
    }
}
