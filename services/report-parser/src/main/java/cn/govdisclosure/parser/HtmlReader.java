package cn.govdisclosure.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads a report web page with jsoup. Text outside tables becomes one row per block (paragraph, heading, line
 * break); each data table becomes a grid with its merged cells expanded ({@link GridBuilder}). A table that
 * contains tables is page layout, as on many older government sites, and is read through like any other block.
 */
final class HtmlReader {

    private static final Set<String> SKIPPED = Set.of("script", "style", "head", "noscript", "template", "svg",
            "iframe", "select", "button", "input", "textarea");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dt", "dd", "section", "article", "header", "footer", "nav", "aside", "main", "blockquote",
            "pre", "center", "form", "hr", "address", "figure", "figcaption", "caption", "table", "tbody", "thead",
            "tfoot", "tr", "td", "th", "title", "body");
    private static final Pattern COLLAPSIBLE_SPACE = Pattern.compile("[ \\t\\n\\r\\f]+");
    /** The article information line every portal prints under the title (发布时间 … 来源 … 字号 …). */
    private static final Pattern PAGE_CHROME = Pattern.compile(
            "^.{0,40}(发布时间|发布日期|信息来源|来源[:：]|字号|浏览次数|【打印】|关闭窗口|分享到).*$");
    private static final int MAXIMUM_CHROME_LENGTH = 100;

    private final List<SourceRow> rows = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private int lineNumber;
    private int tableNumber;

    private HtmlReader() {
    }

    static SourceDocument read(byte[] document) {
        TextDecoding decoding = TextDecoding.of(document);
        List<ParseNote> notes = new ArrayList<>();
        ParseNote decodingNote = decoding.noteIfNotUtf8();
        if (decodingNote != null) {
            notes.add(decodingNote);
        }
        HtmlReader reader = new HtmlReader();
        reader.walk(Jsoup.parse(decoding.text()).body());
        reader.endLine();
        return new SourceDocument(DocumentKind.HTML, reader.rows, notes);
    }

    private void walk(Node node) {
        if (node instanceof TextNode text) {
            line.append(COLLAPSIBLE_SPACE.matcher(text.getWholeText()).replaceAll(" "));
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String tag = element.normalName();
        if (SKIPPED.contains(tag)) {
            return;
        }
        if (tag.equals("br")) {
            endLine();
            return;
        }
        if (tag.equals("table") && element.getElementsByTag("table").size() == 1) {
            endLine();
            readTable(element);
            return;
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
            endLine();
        }
        for (Node child : element.childNodes()) {
            walk(child);
        }
        if (block) {
            endLine();
        }
    }

    private void endLine() {
        String text = line.toString().replace('\u00A0', ' ').strip();
        line.setLength(0);
        boolean chrome = text.length() <= MAXIMUM_CHROME_LENGTH && PAGE_CHROME.matcher(text).matches();
        if (!text.isEmpty() && !chrome) {
            rows.add(SourceRow.line(text, Location.line(++lineNumber)));
        }
    }

    private void readTable(Element table) {
        tableNumber++;
        Element caption = table.selectFirst("caption");
        if (caption != null && !caption.text().isBlank()) {
            rows.add(SourceRow.line(caption.text(), Location.line(++lineNumber)));
        }
        GridBuilder grid = new GridBuilder(tableNumber);
        for (Element row : table.select("tr")) {
            grid.startRow();
            for (Element cell : row.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    grid.addCell(cell.text(), span(cell, "rowspan"), span(cell, "colspan"));
                }
            }
        }
        rows.addAll(grid.rows());
    }

    private static int span(Element cell, String attribute) {
        String value = cell.attr(attribute).strip();
        if (value.isEmpty()) {
            return 1;
        }
        try {
            return Integer.parseInt(value.replaceAll("\\D.*$", ""));
        } catch (NumberFormatException unreadable) {
            return 1;
        }
    }
}
