package cn.govdisclosure.parser;

import java.util.Objects;

/**
 * Something the parser could not read exactly as the format prescribes, told to the agency so that it can check
 * the imported report: the parser never fills a gap by guessing.
 *
 * <p>{@code subject} names what the note is about: a cell id ({@code s2.coercion.decisions}), a whole row or
 * column with {@code *} in place of the other part ({@code s3.otherHandling.other.*}, {@code s3.*.publicInterest}),
 * a table ({@code s3}), a part key ({@code problems}), or one of {@code reportYear}, {@code agencyName},
 * {@code date}, {@code format} and {@code document}.
 */
public record ParseNote(Kind kind, String subject, String message, Location location) {

    public ParseNote {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
    }

    public enum Kind {
        /** No row or value for the cell was found; the cell is left empty. */
        CELL_NOT_FOUND,
        /** The cell is empty or holds a dash or slash; it is left empty, not taken as 0 (rule T3-5). */
        BLANK_CELL,
        /** The value was written in a non-standard way (separators, units, digits run together) and read as stated. */
        VALUE_INTERPRETED,
        /** The text could stand for more than one value; the cell is left empty. */
        AMBIGUOUS_VALUE,
        /** A row, column or heading label differs from the official one and was matched as the official one. */
        LABEL_APPROXIMATE,
        /** A row sits in other columns than its sibling rows; its values were read by its label. */
        ROW_SHIFTED,
        /** A table's heading was not found, so its rows were looked for in the whole document. */
        TABLE_NOT_FOUND,
        /** A narrative part was recognised by a synonym, or an extra part was kept inside a prescribed one. */
        PART_MAPPED,
        /** A prescribed narrative part was not found. */
        PART_NOT_FOUND,
        /** The report year, agency name or date was not found. */
        DETAIL_NOT_FOUND,
        /** The format was chosen from the table labels rather than from the report year. */
        FORMAT_CHOSEN,
        /** The document's text was decoded otherwise than as UTF-8. */
        TEXT_DECODED
    }
}
