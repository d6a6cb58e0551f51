package cn.govdisclosure.parser;

import static cn.govdisclosure.parser.ParserFixtures.parseFixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A PDF read through its text layer ({@link PdfFixtureGenerator}): table 三 runs over a page break, every page
 * after the first has a running header, every page a "第 N 页 共 M 页" footer, and one row label wraps.
 */
class PdfReportTest {

    private final ParseResult report = parseFixture("page-breaks.pdf");

    @Test
    void readsEveryCellThroughThePageBreak() {
        assertThat(report.documentKind()).isEqualTo(DocumentKind.PDF);
        assertThat(report.cells()).hasSize(200);
        assertThat(report.notes()).isEmpty();
        assertThat(report.figure("s3.refused.internalAffairs.total")).isZero();
        assertThat(report.cells().get("s3.refused.internalAffairs.total").location()).isEqualTo(
                Location.pageAndLine(1, 30));
        assertThat(report.figure("s3.unable.notHeld.naturalPerson")).isEqualByComparingTo("2");
        assertThat(report.cells().get("s3.unable.notHeld.naturalPerson").location().page()).isEqualTo(2);
    }

    @Test
    void readsARowWhoseLabelWrapsOntoTheNextLine() {
        assertThat(ParserFixtures.figuresOf(report, "s3.otherHandling.overdueCorrection")).hasSize(7);
    }

    @Test
    void readsDecimalFeesAndTableFourFromLines() {
        assertThat(report.figure("s2.fees.amount")).isEqualByComparingTo("0.56");
        assertThat(report.figure("s4.review.corrected")).isEqualByComparingTo("1");
        assertThat(report.figure("s4.review.total")).isEqualByComparingTo("1");
    }

    @Test
    void dropsRunningHeadersAndPageNumbersFromTheText() {
        assertThat(report.reportYear()).isEqualTo(2022);
        assertThat(report.agencyName()).isEqualTo(PdfFixtureGenerator.AGENCY);
        assertThat(report.date()).isEqualTo(LocalDate.of(2023, 1, 16));
        assertThat(String.join("\n", report.parts().values())).doesNotContain("第 1 页", "第 3 页", "工作年度报告");
        assertThat(report.parts().get("problems")).isEqualTo("一是信息发布的及时性有待提高；二是政策解读方式需要丰富。");
    }
}
