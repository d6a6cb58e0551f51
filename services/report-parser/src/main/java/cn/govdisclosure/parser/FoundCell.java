package cn.govdisclosure.parser;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure read from the document: the value in the cell's canonical form, the text it was read from, and where.
 * Only cells with a value are found cells; a blank or unreadable cell is a {@link ParseNote} instead.
 */
public record FoundCell(BigDecimal value, String sourceText, Location location) {

    public FoundCell {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(sourceText, "sourceText");
        Objects.requireNonNull(location, "location");
    }
}
