package cn.govdisclosure.publication.web;

import cn.govdisclosure.publication.query.PublishedCell;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.MediaType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The figures of a version as CSV (RFC 4180: CRLF, fields quoted when needed): {@code cellId,table,label,value}, one
 * row per cell in layout order, a missing figure as an empty value. The file starts with a UTF-8 byte order mark,
 * without which Excel on Chinese Windows reads it as GBK and garbles every label.
 */
final class PublishedCellsCsv {

    static final MediaType MEDIA_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final String[] HEADER = {"cellId", "table", "label", "value"};

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private PublishedCellsCsv() {
    }

    static byte[] write(List<PublishedCell> cells) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write(BYTE_ORDER_MARK);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
            for (PublishedCell cell : cells) {
                printer.printRecord(cell.cellId(), cell.table(), cell.label(),
                        cell.value() == null ? "" : cell.value().stripTrailingZeros().toPlainString());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
