package cn.govdisclosure.kernel.format.layout;

import java.util.List;

/** A {@code <tr>}. */
public record LayoutRow(List<LayoutCell> cells) {

    public LayoutRow {
        cells = List.copyOf(cells);
    }
}
