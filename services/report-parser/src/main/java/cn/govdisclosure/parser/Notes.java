package cn.govdisclosure.parser;

import cn.govdisclosure.kernel.format.CellDefinition;
import cn.govdisclosure.kernel.format.RowDefinition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the notes of one parse in the order they arise, once each, and words the recurring ones so that every
 * message names the cell the way the agency's own form does.
 */
final class Notes {

    private final Set<ParseNote> notes = new LinkedHashSet<>();

    Notes(List<ParseNote> readingNotes) {
        notes.addAll(readingNotes);
    }

    void add(ParseNote.Kind kind, String subject, String message, Location location) {
        notes.add(new ParseNote(kind, subject, message, location));
    }

    List<ParseNote> all() {
        return new ArrayList<>(notes);
    }

    void cellNotFound(CellDefinition cell, Location near) {
        add(ParseNote.Kind.CELL_NOT_FOUND, cell.id(),
                "未找到「" + name(cell) + "」，该栏留空，请补填。", near);
    }

    void blankCell(CellDefinition cell, String sourceText, Location location) {
        add(ParseNote.Kind.BLANK_CELL, cell.id(), "「" + name(cell) + "」在原文中为空"
                + (sourceText.isBlank() ? "" : "（“" + sourceText + "”）") + "，未按0处理，该栏留空，请补填。", location);
    }

    void ambiguous(CellDefinition cell, String sourceText, String reason, Location location) {
        add(ParseNote.Kind.AMBIGUOUS_VALUE, cell.id(), "「" + name(cell) + "」原文“" + sourceText + "”" + reason
                + "，该栏留空，请核对后补填。", location);
    }

    void interpreted(CellDefinition cell, String sourceText, String interpretation, Location location) {
        add(ParseNote.Kind.VALUE_INTERPRETED, cell.id(), "「" + name(cell) + "」原文“" + sourceText + "”已"
                + interpretation + "后读取，请核对。", location);
    }

    /** How a row is named to the agency: its captions, then its label. */
    static String name(RowDefinition row) {
        List<String> words = new ArrayList<>(row.captions());
        words.add(row.label());
        return String.join(" ", words);
    }

    /** How a cell is named to the agency: the article item for table 二, then row and column. */
    static String name(CellDefinition cell) {
        String block = cell.block().label();
        return (block.isEmpty() ? "" : block + " ") + name(cell.row()) + "·" + cell.column().label();
    }
}
