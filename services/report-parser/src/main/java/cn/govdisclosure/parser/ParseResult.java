package cn.govdisclosure.parser;

import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.format.ReportFormats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the parser read from one report document.
 *
 * <p>{@code reportYear}, {@code agencyName} and {@code date} are null when the document does not state them
 * (each such gap has a {@link ParseNote.Kind#DETAIL_NOT_FOUND} note). {@code cells} holds only cells that have a
 * value, in the format's layout order; {@code parts} maps the format's section keys ({@code preamble},
 * {@code overview}, {@code problems}, {@code other}) to their text.
 */
public record ParseResult(DocumentKind documentKind, Integer reportYear, String agencyName, LocalDate date,
                          String formatId, Map<String, FoundCell> cells, Map<String, String> parts,
                          List<ParseNote> notes) {

    public ParseResult {
        Objects.requireNonNull(documentKind, "documentKind");
        Objects.requireNonNull(formatId, "formatId");
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
        notes = List.copyOf(notes);
    }

    public ReportFormat format() {
        return ReportFormats.byId(formatId).orElseThrow();
    }

    /** The values by cell id, as a report's figures are keyed everywhere else. */
    public Map<String, BigDecimal> figures() {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        cells.forEach((cellId, cell) -> figures.put(cellId, cell.value()));
        return Collections.unmodifiableMap(figures);
    }

    public BigDecimal figure(String cellId) {
        FoundCell cell = cells.get(cellId);
        return cell == null ? null : cell.value();
    }

    public List<ParseNote> notesAbout(String subject) {
        return notes.stream().filter(note -> note.subject().equals(subject)).toList();
    }

    public List<ParseNote> notesOf(ParseNote.Kind kind) {
        return notes.stream().filter(note -> note.kind() == kind).toList();
    }
}
