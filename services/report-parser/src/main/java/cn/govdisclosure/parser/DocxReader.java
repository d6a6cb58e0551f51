package cn.govdisclosure.parser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a .docx with Apache POI: body paragraphs as rows of text, tables as grids. Word records merged cells as a
 * grid span (columns) and as a chain of vMerge cells (rows: the first says restart, the rest continue and hold no
 * text), which {@link GridBuilder} turns into the same expanded grid as HTML's rowspan and colspan.
 */
final class DocxReader {

    private static final String WORD_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final List<SourceRow> rows = new ArrayList<>();
    private int paragraphNumber;
    private int tableNumber;

    private DocxReader() {
    }

    static SourceDocument read(byte[] document) {
        DocxReader reader = new DocxReader();
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(document))) {
            for (IBodyElement element : docx.getBodyElements()) {
                switch (element.getElementType()) {
                    case PARAGRAPH -> reader.readParagraph((XWPFParagraph) element);
                    case TABLE -> reader.readTable((XWPFTable) element);
                    default -> { }
                }
            }
        } catch (IOException | RuntimeException corrupt) {
            throw new UnreadableDocumentException("Word文档已损坏或无法读取：" + corrupt.getMessage(), corrupt);
        }
        return new SourceDocument(DocumentKind.DOCX, reader.rows, List.of());
    }

    private void readParagraph(XWPFParagraph paragraph) {
        paragraphNumber++;
        for (String text : paragraph.getText().split("\\R")) {
            rows.add(SourceRow.line(text, Location.line(paragraphNumber)));
        }
    }

    private void readTable(XWPFTable table) {
        GridBuilder grid = new GridBuilder(++tableNumber);
        for (XWPFTableRow row : table.getRows()) {
            grid.startRow();
            for (XWPFTableCell cell : row.getTableCells()) {
                Element properties = child(cell.getCTTc().getDomNode(), "tcPr");
                int columnSpan = gridSpan(properties);
                if (continuesVerticalMerge(properties)) {
                    grid.addCellMergedFromAbove(columnSpan);
                } else {
                    grid.addCell(cell.getText(), 1, columnSpan);
                }
            }
        }
        rows.addAll(grid.rows());
    }

    private static int gridSpan(Element properties) {
        Element span = child(properties, "gridSpan");
        if (span == null) {
            return 1;
        }
        try {
            return Integer.parseInt(span.getAttributeNS(WORD_NAMESPACE, "val"));
        } catch (NumberFormatException unreadable) {
            return 1;
        }
    }

    /** A vMerge without a value, or with "continue", continues the merge started above. */
    private static boolean continuesVerticalMerge(Element properties) {
        Element merge = child(properties, "vMerge");
        if (merge == null) {
            return false;
        }
        String value = merge.getAttributeNS(WORD_NAMESPACE, "val");
        return value.isEmpty() || value.equals("continue");
    }

    private static Element child(Node parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE && localName.equals(child.getLocalName())
                    && WORD_NAMESPACE.equals(child.getNamespaceURI())) {
                return (Element) child;
            }
        }
        return null;
    }
}
