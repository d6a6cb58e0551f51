package cn.govdisclosure.parser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One cell of the common table/line model that every reader produces: a table cell, or a whole line of text.
 * A cell may hold a label followed by values (a PDF line, a text line without tabs); {@link #labelPart} and
 * {@link #tail} split it there, once, since the matcher asks for both many times.
 */
final class SourceCell {

    /** A word of the cell: folded for reading, as written for telling the agency what was read. */
    record Word(String folded, String written) {
    }

    private final String text;
    private final Location location;
    private final boolean spanContinuation;
    private String folded;
    private String trimmed;
    private List<Word> labelWords;
    private String labelPart;
    private String labelKey;
    private List<Word> tail;

    /**
     * @param spanContinuation true for the copies a column span leaves to the right of its cell: they repeat the
     *                         text for header matching but are not values of their own
     */
    SourceCell(String text, Location location, boolean spanContinuation) {
        this.text = text == null ? "" : text;
        this.location = location;
        this.spanContinuation = spanContinuation;
    }

    SourceCell(String text, Location location) {
        this(text, location, false);
    }

    String text() {
        return text;
    }

    /** The text folded (full-width forms, traditional characters) and stripped. */
    String trimmed() {
        if (trimmed == null) {
            trimmed = folded().strip();
        }
        return trimmed;
    }

    private String folded() {
        if (folded == null) {
            folded = Folding.fold(text);
        }
        return folded;
    }

    Location location() {
        return location;
    }

    boolean spanContinuation() {
        return spanContinuation;
    }

    boolean isEmpty() {
        return trimmed().isEmpty();
    }

    /** The cell's words, split where the folded text has spaces (full-width and non-breaking ones included). */
    List<Word> words() {
        String folded = folded();
        List<Word> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean space = i == folded.length() || Character.isWhitespace(folded.charAt(i));
            if (space && start >= 0) {
                words.add(new Word(folded.substring(start, i), text.substring(start, i)));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words;
    }

    /** The text before the trailing values, folded and trimmed. */
    String labelPart() {
        split();
        return labelPart;
    }

    /** The text before the trailing values, as written. */
    String writtenLabel() {
        split();
        return String.join(" ", labelWords.stream().map(Word::written).toList());
    }

    String labelKey() {
        split();
        if (labelKey == null) {
            labelKey = Folding.key(labelPart);
        }
        return labelKey;
    }

    /** The value words (numbers, dashes) at the end of the cell, in order; empty when the cell ends in text. */
    List<Word> tail() {
        split();
        return tail;
    }

    private void split() {
        if (tail != null) {
            return;
        }
        List<Word> words = words();
        List<Word> values = new ArrayList<>();
        while (!words.isEmpty() && ValueReader.isValueToken(words.get(words.size() - 1).folded())) {
            values.add(0, words.remove(words.size() - 1));
        }
        if (!words.isEmpty()) {
            Word last = words.get(words.size() - 1);
            int glued = ValueReader.gluedNumberStart(last.folded());
            if (glued > 0) {
                values.add(0, new Word(last.folded().substring(glued), last.written().substring(glued)));
                words.set(words.size() - 1,
                        new Word(last.folded().substring(0, glued), last.written().substring(0, glued)));
            }
        }
        labelWords = words;
        labelPart = String.join(" ", words.stream().map(Word::folded).toList());
        tail = Collections.unmodifiableList(values);
    }

    @Override
    public String toString() {
        return text + "@" + location;
    }
}
