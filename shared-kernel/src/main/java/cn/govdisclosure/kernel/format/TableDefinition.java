package cn.govdisclosure.kernel.format;

import java.util.List;
import java.util.Objects;

/**
 * One of the report's three fixed tables. {@code key} is 二, 三 or 四 as numbered in the 2021 format;
 * {@code cellPrefix} starts every cell id of the table ({@code s2}, {@code s3}, {@code s4}).
 */
public record TableDefinition(String key, String heading, String cellPrefix, String note, List<TableBlock> blocks) {

    public TableDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(cellPrefix, "cellPrefix");
        blocks = List.copyOf(blocks);
    }
}
