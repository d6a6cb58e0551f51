package cn.govdisclosure.kernel.format.layout;

/**
 * A cell of a rendered table: a header ({@code <th>} with {@code scope} and {@code id}), a figure ({@code <td>} with
 * the ids of all its headers and the cell id), or the stub's note ({@code <td>}). Spans of 1 are not printed.
 */
public record LayoutCell(boolean header, String scope, String text, int colspan, int rowspan, String id,
                         String headers, String cellId, String cssClass) {

    static LayoutCell header(String text, String scope, int colspan, int rowspan, String id) {
        return new LayoutCell(true, scope, text, colspan, rowspan, id, null, null, null);
    }

    static LayoutCell note(String text, int colspan, int rowspan) {
        return new LayoutCell(false, null, text, colspan, rowspan, null, null, null, "stub-note");
    }

    static LayoutCell figure(String text, String cellId, String headers, int colspan, boolean missing) {
        return new LayoutCell(false, null, text, colspan, 1, null, headers, cellId,
                missing ? "figure missing" : "figure");
    }
}
