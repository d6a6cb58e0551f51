package cn.govdisclosure.kernel.format;

import java.util.List;
import java.util.Objects;

/**
 * A column of a table block. {@code groups} are the merged header cells above the column's own label, outermost
 * first (for example 申请人情况 › 法人或其他组织 above 商业企业).
 */
public record ColumnDefinition(String id, String label, List<String> groups, ValueKind kind) {

    public ColumnDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        groups = List.copyOf(groups);
        Objects.requireNonNull(kind, "kind");
    }
}
