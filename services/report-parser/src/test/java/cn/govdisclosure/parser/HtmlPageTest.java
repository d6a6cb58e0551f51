package cn.govdisclosure.parser;

import static cn.govdisclosure.parser.ParserFixtures.parseFixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A report page as a portal serves it: navigation, a layout table, merged cells and three header rows. */
class HtmlPageTest {

    private final ParseResult report = parseFixture("merged-cells.html");

    @Test
    void readsTitleAndSignatureInsideTheLayoutTable() {
        assertThat(report.documentKind()).isEqualTo(DocumentKind.HTML);
        assertThat(report.reportYear()).isEqualTo(2023);
        assertThat(report.agencyName()).isEqualTo("某某市交通运输局");
        assertThat(report.date()).isEqualTo(LocalDate.of(2024, 1, 25));
    }

    @Test
    void readsRowsWhoseCaptionsSpanManyRows() {
        assertThat(report.figure("s3.granted.naturalPerson")).isEqualByComparingTo("15");
        assertThat(report.figure("s3.refused.stateSecret.total")).isEqualByComparingTo("1");
        assertThat(report.figure("s3.refused.thirdPartyRights.legalService")).isEqualByComparingTo("1");
        assertThat(report.figure("s3.otherHandling.overdueCorrection.naturalPerson")).isEqualByComparingTo("1");
        assertThat(report.figure("s3.totalHandled.total")).isEqualByComparingTo("32");
        assertThat(report.figure("s3.carriedForward.naturalPerson")).isEqualByComparingTo("2");
    }

    @Test
    void readsValuesSpanningSeveralColumnsOnce() {
        assertThat(report.figure("s2.licensing.decisions")).isEqualByComparingTo("1256");
        assertThat(report.figure("s2.coercion.decisions")).isEqualByComparingTo("17");
        assertThat(report.cells().get("s2.licensing.decisions").location()).isEqualTo(Location.tableCell(1, 7, 2));
    }

    @Test
    void readsTableFourUnderItsThreeHeaderRows() {
        assertThat(ParserFixtures.figuresOf(report, "s4")).hasSize(15)
                .containsEntry("s4.review.upheld", bd(2)).containsEntry("s4.review.other", bd(1))
                .containsEntry("s4.review.total", bd(4)).containsEntry("s4.litigationDirect.pending", bd(1))
                .containsEntry("s4.litigationDirect.total", bd(2))
                .containsEntry("s4.litigationAfterReview.total", bd(0));
    }

    @Test
    void takesANonBreakingSpaceCellAsBlank() {
        assertThat(report.cells()).hasSize(199).doesNotContainKey("s3.refused.queryMatter.research");
        assertThat(report.notes()).singleElement().satisfies(note -> {
            assertThat(note.kind()).isEqualTo(ParseNote.Kind.BLANK_CELL);
            assertThat(note.subject()).isEqualTo("s3.refused.queryMatter.research");
            assertThat(note.location()).isEqualTo(Location.tableCell(2, 15, 6));
        });
    }

    @Test
    void keepsPageChromeOutOfTheNarrative() {
        assertThat(report.parts().get("preamble")).startsWith("本报告根据").doesNotContain("发布时间", "首页");
        assertThat(report.parts().get("overview")).contains("（一）主动公开", "结转下年度2件");
        assertThat(report.parts().get("problems")).isEqualTo("一是政策解读形式较为单一；\n二是依申请公开答复规范性有待提升。");
        assertThat(report.parts().get("other")).isEqualTo("本机关2023年度未收取信息处理费。");
    }

    private static BigDecimal bd(int value) {
        return BigDecimal.valueOf(value);
    }
}
