package cn.govdisclosure.parser;

import static cn.govdisclosure.parser.ParserFixtures.EXAMPLE_AGENCY;
import static cn.govdisclosure.parser.ParserFixtures.EXAMPLE_REPORT;
import static cn.govdisclosure.parser.ParserFixtures.figuresOf;
import static cn.govdisclosure.parser.ParserFixtures.parseFixture;
import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.kernel.format.ReportFormats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The example report, as the format specification says a parser must read it. */
class ExampleReportTest {

    private final ParseResult report = parseFixture(EXAMPLE_REPORT);

    @Test
    void readsTitleAndSignature() {
        assertThat(report.documentKind()).isEqualTo(DocumentKind.TEXT);
        assertThat(report.reportYear()).isEqualTo(2023);
        assertThat(report.agencyName()).isEqualTo(EXAMPLE_AGENCY);
        assertThat(report.date()).isEqualTo(LocalDate.of(2024, 1, 24));
        assertThat(report.formatId()).isEqualTo("2021");
        assertThat(report.notesOf(ParseNote.Kind.DETAIL_NOT_FOUND)).isEmpty();
        assertThat(report.notesOf(ParseNote.Kind.FORMAT_CHOSEN)).isEmpty();
    }

    @Test
    void readsEveryCellTheReportHasWithTheSpecifiedValue() {
        Map<String, BigDecimal> expected = new LinkedHashMap<>();
        ReportFormats.FORMAT_2021.cells().keySet().stream()
                .filter(id -> !id.equals("s2.coercion.decisions"))
                .forEach(id -> expected.put(id, BigDecimal.ZERO));
        put(expected, "s2.normativeDocuments", List.of("issued", "repealed", "inForce"), 1, 0, 1);
        put(expected, "s4.review", FIVE_RESULTS, 1, 1, 0, 0, 2);
        put(expected, "s4.litigationDirect", FIVE_RESULTS, 9, 4, 0, 4, 17);

        assertThat(expected).hasSize(199);
        assertThat(report.figures()).containsExactlyEntriesOf(expected);
    }

    @Test
    void leavesTheAbsentCoercionRowEmptyAndSaysSo() {
        assertThat(report.cells()).doesNotContainKey("s2.coercion.decisions");
        assertThat(report.notesAbout("s2.coercion.decisions"))
                .singleElement()
                .satisfies(note -> {
                    assertThat(note.kind()).isEqualTo(ParseNote.Kind.CELL_NOT_FOUND);
                    assertThat(note.message()).contains("行政强制");
                });
    }

    @Test
    void readsTheShiftedOtherRowAsZerosAndSaysSo() {
        assertThat(figuresOf(report, "s3.otherHandling.other")).hasSize(7).allSatisfy(
                (id, value) -> assertThat(value).isZero());
        assertThat(report.notesOf(ParseNote.Kind.ROW_SHIFTED)).singleElement().satisfies(note -> {
            assertThat(note.subject()).isEqualTo("s3.otherHandling.other.*");
            assertThat(note.message()).contains("向左错位1列");
            assertThat(note.location()).isEqualTo(Location.lineAndColumn(76, 1));
        });
    }

    @Test
    void tellsWhereEachFigureWasRead() {
        FoundCell fees = report.cells().get("s2.fees.amount");
        assertThat(fees.sourceText()).isEqualTo("0");
        assertThat(fees.location()).isEqualTo(Location.lineAndColumn(47, 2));
        assertThat(report.cells().get("s4.litigationDirect.total").sourceText()).isEqualTo("17");
    }

    @Test
    void mapsTheSplitProblemsPartAndKeepsTheWorkPlan() {
        assertThat(report.parts()).containsOnlyKeys("preamble", "overview", "problems", "other");
        assertThat(report.parts().get("preamble")).startsWith("2023年，我局在县委").contains("0356-3030215");
        assertThat(report.parts().get("overview")).startsWith("（一）主动公开方面").contains("监督保障方面")
                .doesNotContain("第二十条");
        assertThat(report.parts().get("problems")).startsWith("当前我局政务信息公开工作存在以下两方面主要问题")
                .contains("六、下一步工作计划", "三是提高信息公开工作水平");
        assertThat(report.parts().get("other")).isEqualTo("本机关2023年度未收取政府信息公开信息处理费。");
        assertThat(report.notesOf(ParseNote.Kind.PART_MAPPED))
                .extracting(ParseNote::subject).containsExactly("problems", "problems");
        assertThat(report.notesOf(ParseNote.Kind.PART_NOT_FOUND)).isEmpty();
    }

    @Test
    void notesNothingBeyondTheMissingRowTheShiftAndThePartMapping() {
        assertThat(report.notes()).extracting(ParseNote::kind).containsExactlyInAnyOrder(
                ParseNote.Kind.CELL_NOT_FOUND, ParseNote.Kind.ROW_SHIFTED,
                ParseNote.Kind.PART_MAPPED, ParseNote.Kind.PART_MAPPED);
    }

    private static final List<String> FIVE_RESULTS = List.of("upheld", "corrected", "other", "pending", "total");

    private static void put(Map<String, BigDecimal> figures, String row, List<String> columns, int... values) {
        for (int i = 0; i < values.length; i++) {
            figures.put(row + "." + columns.get(i), BigDecimal.valueOf(values[i]));
        }
    }
}
