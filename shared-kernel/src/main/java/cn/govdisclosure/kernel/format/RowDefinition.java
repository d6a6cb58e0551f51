package cn.govdisclosure.kernel.format;

import java.util.List;
import java.util.Objects;

/**
 * A row of a table block. {@code captions} are the row captions that span this row and its siblings, outermost
 * first (for example 三、本年度办理结果 › （三）不予公开 above 1.属于国家秘密).
 */
public record RowDefinition(String id, String label, List<String> captions) {

    public RowDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        captions = List.copyOf(captions);
    }

    /** The row's full name as a reader says it: captions and label run together. */
    public String fullLabel() {
        return String.join("", captions) + label;
    }
}
