package cn.govdisclosure.parser;

import static cn.govdisclosure.parser.ParserFixtures.figuresOf;
import static cn.govdisclosure.parser.ParserFixtures.parseFixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.govdisclosure.kernel.format.ReportFormats;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reports laid out otherwise than the 2021 format prints them: the trial format, renumbered parts. */
class ReportLayoutTest {

    @Test
    void readsTheTrialFormatOf2019() {
        ParseResult report = parseFixture("trial-format-2019.txt");

        assertThat(report.reportYear()).isEqualTo(2019);
        assertThat(report.formatId()).isEqualTo("2019");
        assertThat(report.cells().keySet()).containsExactlyElementsOf(ReportFormats.FORMAT_2019.cells().keySet());
        assertThat(figuresOf(report, "s2.licensing")).containsEntry("s2.licensing.previousItems", bd("56"))
                .containsEntry("s2.licensing.change", bd("-2")).containsEntry("s2.licensing.decisions", bd("1320"));
        assertThat(report.figure("s2.punishment.change")).isEqualByComparingTo("3");
        assertThat(report.figure("s2.fees.change")).isEqualByComparingTo("-1");
        assertThat(report.figure("s2.procurement.amount")).isEqualByComparingTo("356.8");
        assertThat(figuresOf(report, "s3.otherHandling")).containsEntry("s3.otherHandling.naturalPerson", bd("2"))
                .containsEntry("s3.otherHandling.total", bd("2")).hasSize(7);
        assertThat(report.notesAbout("s3.otherHandling.*")).singleElement()
                .satisfies(note -> assertThat(note.kind()).isEqualTo(ParseNote.Kind.LABEL_APPROXIMATE));
    }

    @Test
    void readsTableFourLaidOutByRows() {
        ParseResult report = parseFixture("trial-format-2019.txt");

        assertThat(figuresOf(report, "s4")).hasSize(15).containsEntry("s4.review.pending", bd("1"))
                .containsEntry("s4.review.total", bd("2")).containsEntry("s4.litigationDirect.corrected", bd("1"));
    }

    @Test
    void findsPartsAndTablesByTitleWhateverTheirNumbers() {
        ParseResult report = parseFixture("renumbered-headings.txt");

        assertThat(report.cells()).hasSize(200);
        assertThat(report.figure("s2.licensing.decisions")).isEqualByComparingTo("31");
        assertThat(report.parts().get("overview")).startsWith("2023年度本机关主动公开政府信息152条。")
                .contains("二、工作亮点", "教育惠民政策");
        assertThat(report.parts().get("problems")).startsWith("一是公开内容不够全面");
        assertThat(report.parts().get("other")).isEqualTo("本机关2023年度未收取政府信息公开信息处理费。");
        assertThat(report.notes()).extracting(ParseNote::kind, ParseNote::subject).containsExactly(
                tuple(ParseNote.Kind.PART_MAPPED, "overview"), tuple(ParseNote.Kind.PART_MAPPED, "problems"));
    }

    @Test
    void choosesTheFormatTheTablesAreInWhenTheYearSaysOtherwise() {
        String text = new String(ParserFixtures.fixture("trial-format-2019.txt"), StandardCharsets.UTF_8)
                .replace("2019年", "2021年");
        ParseResult report = ParserFixtures.parse(text.getBytes(StandardCharsets.UTF_8));

        assertThat(report.reportYear()).isEqualTo(2021);
        assertThat(report.formatId()).isEqualTo("2019");
        assertThat(report.notesOf(ParseNote.Kind.FORMAT_CHOSEN)).singleElement()
                .satisfies(note -> assertThat(note.message()).contains("2021", "国办公开办函〔2019〕60号"));
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
