package cn.govdisclosure.parser;

import java.util.ArrayList;
import java.util.List;

/** One value as it stands in a row: folded for reading, as written for the agency, and where it was. */
record Token(String text, String written, Location location) {

    boolean isEmpty() {
        return text.isEmpty();
    }

    /** The values after a label: what follows the label in its own cell, then every later cell. */
    static List<Token> after(SourceRow row, int labelCell) {
        List<Token> tokens = new ArrayList<>();
        SourceCell label = row.cells().get(labelCell);
        label.tail().forEach(word -> tokens.add(new Token(word.folded(), word.written(), label.location())));
        tokens.addAll(of(row.cells().subList(labelCell + 1, row.cells().size())));
        return tokens;
    }

    /** Each cell's words as tokens, an empty cell as one empty token; span continuations are no cells of their own. */
    static List<Token> of(List<SourceCell> cells) {
        List<Token> tokens = new ArrayList<>();
        for (SourceCell cell : cells) {
            if (cell.spanContinuation()) {
                continue;
            }
            if (cell.isEmpty()) {
                tokens.add(new Token("", "", cell.location()));
            } else {
                cell.words().forEach(word -> tokens.add(new Token(word.folded(), word.written(), cell.location())));
            }
        }
        return tokens;
    }
}
