package cn.govdisclosure.parser;

import cn.govdisclosure.kernel.format.ReportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an annual report (政府信息公开工作年度报告) as an agency published it — plain text, a web page, a Word
 * document or a PDF — into the cells and narrative parts of the national format. Every label it matches comes
 * from the kernel's format definition. It reads what is there and tells what is not: a missing, blank or
 * ambiguous cell stays empty with a {@link ParseNote}, never a guessed 0.
 *
 * <p>One reader per kind of document turns it into rows of cells; the outline cuts those at the headings; the
 * table and part readers then match them against the format. Instances hold no state and may be shared.
 */
public final class ReportParser {

    private static final Logger log = LoggerFactory.getLogger(ReportParser.class);

    /**
     * @param document       the document's bytes; its kind is told from its content
     * @param fileNameOrNull the uploaded file's name, used in messages only
     * @throws UnreadableDocumentException when the document is of a kind that cannot be read at all
     */
    public ParseResult parse(byte[] document, String fileNameOrNull) {
        Objects.requireNonNull(document, "document");
        DocumentKind kind = DocumentKindDetector.detect(document, fileNameOrNull);
        SourceDocument source = switch (kind) {
            case TEXT -> PlainTextReader.read(document);
            case HTML -> HtmlReader.read(document);
            case DOCX -> DocxReader.read(document);
            case PDF -> PdfReader.read(document);
        };
        Notes notes = new Notes(source.notes());
        ReportDetails details = ReportDetails.find(source.rows(), notes);
        ReportFormat format = FormatChooser.choose(details.reportYear(), source.rows(), notes);
        Outline outline = Outline.of(source.rows(), format, details);
        Map<String, FoundCell> cells = TableReader.read(format, outline, notes);
        Map<String, String> parts = PartReader.read(format, outline, notes);
        log.debug("Parsed {} ({}): format {}, {} cells, {} notes", fileNameOrNull, kind, format.id(), cells.size(),
                notes.all().size());
        return new ParseResult(kind, details.reportYear(), details.agencyName(), details.date(), format.id(), cells,
                parts, notes.all());
    }

    /** Reads a report file; its name is used in messages only. */
    public ParseResult parse(Path file) throws IOException {
        return parse(Files.readAllBytes(file), file.getFileName().toString());
    }
}
