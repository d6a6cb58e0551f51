package cn.govdisclosure.parser;

import java.util.List;

/**
 * A place where a row's label was found: which source row, which cell (or, in a line, which word, stored negated:
 * -1 for the first), how well the label matched, and the tokens that follow it.
 */
record RowCandidate(int rowIndex, int position, LabelMatcher.Quality quality, String writtenLabel, Location location,
                    List<Token> values) {

    RowCandidate {
        values = List.copyOf(values);
    }

    /** Whether what follows the label reads as the row's values rather than more headings. */
    boolean hasValues() {
        int text = 0;
        int numbers = 0;
        for (Token token : values) {
            if (ValueReader.hasDigits(token.text()) && ValueReader.isValueToken(token.text())) {
                numbers++;
            } else if (!ValueReader.isBlank(token.text())) {
                text++;
            }
        }
        return !values.isEmpty() && (text == 0 || numbers > text);
    }

    boolean hasFigures() {
        return values.stream().anyMatch(token -> ValueReader.hasDigits(token.text()));
    }

    /** The cell or word position, whichever kind it is, for comparing the order of labels within one row. */
    int order() {
        return position < 0 ? -position : position;
    }
}
