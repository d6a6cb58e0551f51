package cn.govdisclosure.parser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a PDF through its text layer with PDFBox, one row per printed line. A PDF has no table structure left,
 * only lines such as {@code 1.属于国家秘密 0 0 0 0 0 0 0}; the matcher splits label from values. What the printer
 * adds to every page — running headers, footers, page numbers — would cut through tables and narrative alike, so
 * lines that look like page numbers, and lines repeated at the top or bottom edge of several pages, are dropped.
 */
final class PdfReader {

    /** Lines and page edges this many lines deep are checked for running headers and footers. */
    private static final int FURNITURE_LINES = 2;
    /** A page number spelled out, dropped wherever it stands. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "第\\s*\\d{1,4}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?|(?i)page\\s*\\d{1,4}(\\s*of\\s*\\d{1,4})?");
    /** A bare page number (3, - 3 -, 3/12): only at a page's edge, since inside a table it may be a value. */
    private static final Pattern BARE_PAGE_NUMBER = Pattern.compile(
            "[-—–\\s]*\\d{1,4}[-—–\\s]*|\\d{1,4}\\s*/\\s*\\d{1,4}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private PdfReader() {
    }

    static SourceDocument read(byte[] document) {
        List<List<String>> pages = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(document)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(List.of(stripper.getText(pdf).split("\\R")));
            }
        } catch (IOException corrupt) {
            throw new UnreadableDocumentException("PDF文件已损坏或已加密，无法读取：" + corrupt.getMessage(), corrupt);
        }
        List<SourceRow> rows = rowsWithoutPageFurniture(pages);
        if (rows.stream().allMatch(SourceRow::isBlank)) {
            throw new UnreadableDocumentException("PDF没有文字层（可能是扫描件），请提供可复制文字的PDF或其他格式。");
        }
        return new SourceDocument(DocumentKind.PDF, rows, List.of());
    }

    private static List<SourceRow> rowsWithoutPageFurniture(List<List<String>> pages) {
        Map<String, Integer> topShapes = new HashMap<>();
        Map<String, Integer> bottomShapes = new HashMap<>();
        for (List<String> lines : pages) {
            List<String> text = nonBlank(lines);
            text.subList(0, Math.min(FURNITURE_LINES, text.size())).forEach(
                    line -> topShapes.merge(shape(line), 1, Integer::sum));
            text.subList(Math.max(0, text.size() - FURNITURE_LINES), text.size()).forEach(
                    line -> bottomShapes.merge(shape(line), 1, Integer::sum));
        }
        List<SourceRow> rows = new ArrayList<>();
        for (int page = 0; page < pages.size(); page++) {
            List<String> lines = pages.get(page);
            int first = 0;
            int last = lines.size() - 1;
            // The first page's top is the report's title, which running headers often repeat.
            Map<String, Integer> repeatedAtTop = page == 0 ? Map.of() : topShapes;
            while (first <= last && isFurniture(lines.get(first), repeatedAtTop)) {
                first++;
            }
            while (last >= first && isFurniture(lines.get(last), bottomShapes)) {
                last--;
            }
            for (int index = first; index <= last; index++) {
                String line = lines.get(index).strip();
                if (!line.isEmpty() && !PAGE_NUMBER.matcher(line).matches()) {
                    rows.add(SourceRow.line(line, Location.pageAndLine(page + 1, index + 1)));
                }
            }
        }
        return rows;
    }

    /** A blank line, a page number, or a line printed at the same edge of at least two pages. */
    private static boolean isFurniture(String line, Map<String, Integer> shapesAtEdge) {
        String text = line.strip();
        return text.isEmpty() || PAGE_NUMBER.matcher(text).matches() || BARE_PAGE_NUMBER.matcher(text).matches()
                || shapesAtEdge.getOrDefault(shape(text), 0) >= 2;
    }

    /** A line with its numbers blanked, so that 第1页 and 第2页 count as the same running line. */
    private static String shape(String line) {
        return DIGITS.matcher(line.strip()).replaceAll("#");
    }

    private static List<String> nonBlank(List<String> lines) {
        return lines.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
