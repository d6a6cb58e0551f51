package cn.govdisclosure.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a report copied out of a web page or word processor into plain text: one row per line, a line with tabs
 * (or a markdown pipe table line) being a table row with a cell per column. Markdown decoration (heading marks,
 * bold, hard line breaks) is dropped, since headings are recognised by their titles, not by their markup.
 */
final class PlainTextReader {

    private static final Pattern HEADING_MARK = Pattern.compile("^\\s{0,3}#{1,6}\\s*");
    private static final Pattern BOLD = Pattern.compile("\\*\\*|__");
    private static final Pattern PIPE_SEPARATOR_LINE = Pattern.compile("^\\s*\\|?[\\s:|-]+\\|?\\s*$");

    private PlainTextReader() {
    }

    static SourceDocument read(byte[] document) {
        TextDecoding decoding = TextDecoding.of(document);
        List<ParseNote> notes = new ArrayList<>();
        ParseNote decodingNote = decoding.noteIfNotUtf8();
        if (decodingNote != null) {
            notes.add(decodingNote);
        }
        return new SourceDocument(DocumentKind.TEXT, rows(decoding.text()), notes);
    }

    static List<SourceRow> rows(String text) {
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        List<SourceRow> rows = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i];
            if (line.indexOf('\t') >= 0) {
                rows.add(tableRow(line.split("\t", -1), lineNumber));
            } else if (line.strip().startsWith("|")) {
                if (!PIPE_SEPARATOR_LINE.matcher(line).matches()) {
                    rows.add(tableRow(pipeCells(line), lineNumber));
                }
            } else {
                rows.add(SourceRow.line(clean(line), Location.line(lineNumber)));
            }
        }
        return rows;
    }

    private static String[] pipeCells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.endsWith("|") && inner.length() > 1 ? inner.length() - 1 : inner.length());
        return inner.split("\\|", -1);
    }

    private static SourceRow tableRow(String[] texts, int lineNumber) {
        List<SourceCell> cells = new ArrayList<>(texts.length);
        for (int column = 0; column < texts.length; column++) {
            cells.add(new SourceCell(clean(texts[column]),
                    Location.lineAndColumn(lineNumber, column + 1)));
        }
        return new SourceRow(cells, true);
    }

    private static String clean(String text) {
        if (text.indexOf('#') < 0 && text.indexOf('*') < 0 && text.indexOf('_') < 0) {
            return text.strip();
        }
        String cleaned = HEADING_MARK.matcher(text).replaceFirst("");
        return BOLD.matcher(cleaned).replaceAll("").strip();
    }
}
