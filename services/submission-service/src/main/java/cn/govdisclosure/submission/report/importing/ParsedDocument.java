package cn.govdisclosure.submission.report.importing;

import cn.govdisclosure.kernel.format.CellDefinition;
import cn.govdisclosure.parser.FoundCell;
import cn.govdisclosure.parser.ParseNote;
import cn.govdisclosure.parser.ParseResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the parser read, as the API shows it: each cell with its label, the text it came from and where. */
record ParsedDocument(String sha256, String documentKind, Integer reportYear, String agencyName, LocalDate date,
                      String formatId, List<Cell> cells, Map<String, String> parts, List<Note> notes) {

    record Cell(String cellId, String label, BigDecimal value, String sourceText, String location) {
    }

    record Note(String kind, String subject, String message, String location) {
    }

    static ParsedDocument of(String sha256, ParseResult result) {
        Map<String, CellDefinition> cells = result.format().cells();
        return new ParsedDocument(sha256, result.documentKind().name(), result.reportYear(), result.agencyName(),
                result.date(), result.formatId(),
                result.cells().entrySet().stream().map(entry -> cell(cells.get(entry.getKey()), entry.getValue()))
                        .toList(),
                result.parts(),
                result.notes().stream().map(ParsedDocument::note).toList());
    }

    private static Cell cell(CellDefinition definition, FoundCell found) {
        return new Cell(definition.id(), definition.label(), found.value(), found.sourceText(),
                found.location().describe());
    }

    private static Note note(ParseNote note) {
        return new Note(note.kind().name(), note.subject(), note.message(), note.location().describe());
    }
}
