package cn.govdisclosure.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A .docx whose tables merge cells the way Word does: gridSpan across, vMerge down. */
class WordDocumentTest {

    private final ParseResult report = ParserFixtures.parse(DocxFixtures.reportWithMergedCells());

    @Test
    void readsTitleSignatureAndEveryCell() {
        assertThat(report.documentKind()).isEqualTo(DocumentKind.DOCX);
        assertThat(report.reportYear()).isEqualTo(2023);
        assertThat(report.agencyName()).isEqualTo(DocxFixtures.AGENCY);
        assertThat(report.date()).isEqualTo(LocalDate.of(2024, 1, 22));
        assertThat(report.cells()).hasSize(200);
        assertThat(report.notes()).isEmpty();
    }

    @Test
    void readsRowsUnderVerticallyMergedCaptions() {
        assertThat(report.figure("s3.unable.notHeld.naturalPerson")).isEqualByComparingTo("3");
        assertThat(report.figure("s3.unable.notHeld.total")).isEqualByComparingTo("3");
        assertThat(report.figure("s3.granted.otherOrg")).isEqualByComparingTo("1");
        assertThat(report.figure("s3.totalHandled.total")).isEqualByComparingTo("10");
    }

    @Test
    void readsValuesOfHorizontallyMergedCellsOnce() {
        assertThat(report.figure("s2.coercion.decisions")).isEqualByComparingTo("2");
        assertThat(report.figure("s2.normativeDocuments.inForce")).isEqualByComparingTo("6");
    }

    @Test
    void readsTableFourUnderMergedHeaders() {
        assertThat(report.figure("s4.review.upheld")).isEqualByComparingTo("1");
        assertThat(report.figure("s4.review.total")).isEqualByComparingTo("1");
        assertThat(report.figure("s4.litigationDirect.other")).isEqualByComparingTo("1");
        assertThat(report.cells().get("s4.litigationDirect.other").location()).isEqualTo(Location.tableCell(3, 4, 8));
    }

    @Test
    void readsTheNarrativeParagraphs() {
        assertThat(report.parts()).containsEntry("overview", "2023年本局主动公开政府信息64条。")
                .containsEntry("problems", "公开内容的针对性有待加强。")
                .containsEntry("other", "本机关2023年度未收取信息处理费。");
    }
}
