package cn.govdisclosure.parser;

import java.util.List;

/** A document as the readers hand it to the matcher: its rows in reading order and what reading it involved. */
record SourceDocument(DocumentKind kind, List<SourceRow> rows, List<ParseNote> notes) {

    SourceDocument {
        rows = rows.stream().filter(row -> !row.isBlank()).toList();
        notes = List.copyOf(notes);
    }
}
