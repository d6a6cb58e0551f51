package cn.govdisclosure.publication.web.portal;

import java.util.List;

/** A {@code <tr>}. */
public record LayoutRow(List<LayoutCell> cells) {

    public LayoutRow {
        cells = List.copyOf(cells);
    }
}
