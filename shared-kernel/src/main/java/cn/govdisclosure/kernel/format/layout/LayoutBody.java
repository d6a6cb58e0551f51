package cn.govdisclosure.kernel.format.layout;

import java.util.List;

/** A {@code <tbody>}: table 二 has one per article item, each starting with its own header rows. */
public record LayoutBody(List<LayoutRow> rows) {

    public LayoutBody {
        rows = List.copyOf(rows);
    }
}
