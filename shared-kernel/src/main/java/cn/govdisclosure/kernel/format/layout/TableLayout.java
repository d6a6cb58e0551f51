package cn.govdisclosure.kernel.format.layout;

import java.util.List;

/**
 * One of the report's tables as the national format prints it, ready for markup: {@code head} goes into
 * {@code <thead>} (repeated on every printed page), each body into a {@code <tbody>}. {@code columnCount} is the
 * table's width in grid columns.
 */
public record TableLayout(String key, String cellPrefix, String heading, int columnCount, List<LayoutRow> head,
                          List<LayoutBody> bodies) {

    public TableLayout {
        head = List.copyOf(head);
        bodies = List.copyOf(bodies);
    }
}
