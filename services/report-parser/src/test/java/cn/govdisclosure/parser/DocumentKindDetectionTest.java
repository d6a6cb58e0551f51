package cn.govdisclosure.parser;

import static cn.govdisclosure.parser.ParserFixtures.EXAMPLE_REPORT;
import static cn.govdisclosure.parser.ParserFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The kind of a document comes from its bytes; uploads are renamed and mislabelled. */
class DocumentKindDetectionTest {

    private final ReportParser parser = new ReportParser();

    @Test
    void readsAWebPageSavedUnderATextName() {
        assertThat(parser.parse(fixture("merged-cells.html"), "report.txt").documentKind())
                .isEqualTo(DocumentKind.HTML);
    }

    @Test
    void readsTextUploadedUnderAPdfName() {
        ParseResult result = parser.parse(fixture(EXAMPLE_REPORT), "report.pdf");
        assertThat(result.documentKind()).isEqualTo(DocumentKind.TEXT);
        assertThat(result.cells()).hasSize(199);
    }

    @Test
    void readsPdfAndWordWithoutAName() {
        assertThat(parser.parse(fixture("page-breaks.pdf"), null).documentKind()).isEqualTo(DocumentKind.PDF);
        assertThat(parser.parse(DocxFixtures.reportWithMergedCells(), null).documentKind())
                .isEqualTo(DocumentKind.DOCX);
    }

    @Test
    void readsGbEncodedTextAndSaysSo() {
        String text = new String(fixture(EXAMPLE_REPORT), StandardCharsets.UTF_8);
        ParseResult result = parser.parse(text.getBytes(TextDecoding.GB18030), "gbk.txt");
        ParseResult utf8 = parser.parse(fixture(EXAMPLE_REPORT), EXAMPLE_REPORT);
        assertThat(result.figures()).isEqualTo(utf8.figures());
        assertThat(result.agencyName()).isEqualTo(ParserFixtures.EXAMPLE_AGENCY);
        assertThat(result.notesOf(ParseNote.Kind.TEXT_DECODED)).singleElement()
                .satisfies(note -> assertThat(note.message()).contains("GB18030"));
    }

    @Test
    void readsTextWithAByteOrderMark() {
        byte[] text = fixture(EXAMPLE_REPORT);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertThat(parser.parse(withBom, null).reportYear()).isEqualTo(2023);
    }

    @Test
    void rejectsALegacyWordDocumentWithAnExplanation() {
        byte[] doc = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThatThrownBy(() -> parser.parse(doc, "报告.doc"))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining(".docx");
    }

    @Test
    void rejectsAnArchiveThatIsNoWordDocument() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("report.txt"));
            out.write(fixture(EXAMPLE_REPORT));
        }
        assertThatThrownBy(() -> parser.parse(zip.toByteArray(), "报告.zip"))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("报告.zip");
    }
}
