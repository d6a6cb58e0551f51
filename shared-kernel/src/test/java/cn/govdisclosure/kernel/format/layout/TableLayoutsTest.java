package cn.govdisclosure.kernel.format.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.govdisclosure.kernel.KernelFixtures;
import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.format.ReportFormats;
import cn.govdisclosure.kernel.format.TableDefinition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TableLayoutsTest {

    private static final ReportFormat FORMAT = ReportFormats.FORMAT_2021;
    private static final Map<String, BigDecimal> ZEZHOU = KernelFixtures.zezhouFigures2023(FORMAT);

    @Test
    void putsApplicantsOverEveryColumnOfTable3AndOrganisationsOverFive() {
        TableLayout table = TableLayouts.of(FORMAT.table("三"), ZEZHOU);

        assertThat(table.head()).hasSize(3);
        assertThat(table.head().get(0).cells()).extracting(LayoutCell::text, LayoutCell::colspan, LayoutCell::rowspan)
                .containsExactly(
                        tuple(FORMAT.table("三").note(), 3, 3),
                        tuple("申请人情况", 7, 1));
        assertThat(table.head().get(1).cells()).extracting(LayoutCell::text, LayoutCell::colspan, LayoutCell::rowspan)
                .containsExactly(
                        tuple("自然人", 1, 2),
                        tuple("法人或其他组织", 5, 1),
                        tuple("总计", 1, 2));
        assertThat(table.head().get(2).cells()).extracting(LayoutCell::text)
                .containsExactly("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
        assertThat(table.head().get(0).cells().get(1).scope()).isEqualTo("colgroup");
        assertThat(table.head().get(1).cells().get(0).scope()).isEqualTo("col");
    }

    @Test
    void letsTheCaptionsOfTable3SpanTheRowsTheyName() {
        List<LayoutRow> rows = TableLayouts.of(FORMAT.table("三"), ZEZHOU).bodies().get(0).rows();

        assertThat(rows).hasSize(25);
        assertThat(headers(rows.get(0))).containsExactly("一、本年新收政府信息公开申请数量:3x1:row");
        assertThat(headers(rows.get(2))).containsExactly("三、本年度办理结果:1x22:rowgroup", "（一）予以公开:2x1:row");
        assertThat(headers(rows.get(4))).containsExactly("（三）不予公开:1x8:rowgroup", "1.属于国家秘密:1x1:row");
        assertThat(headers(rows.get(5))).containsExactly("2.其他法律行政法规禁止公开:1x1:row");
        assertThat(headers(rows.get(12))).containsExactly("（四）无法提供:1x3:rowgroup", "1.本机关不掌握相关政府信息:1x1:row");
        assertThat(headers(rows.get(23))).containsExactly("（七）总计:2x1:row");
        assertThat(headers(rows.get(24))).containsExactly("四、结转下年度继续办理:3x1:row");
        assertThat(figures(rows.get(24))).containsExactly("s3.carriedForward.naturalPerson", "s3.carriedForward.commercial",
                "s3.carriedForward.research", "s3.carriedForward.publicInterest", "s3.carriedForward.legalService",
                "s3.carriedForward.otherOrg", "s3.carriedForward.total");
    }

    @Test
    void printsTable4GroupsAcrossTheTopOverASingleRowOfFigures() {
        TableLayout table = TableLayouts.of(FORMAT.table("四"), ZEZHOU);

        assertThat(table.head()).hasSize(3);
        assertThat(table.head().get(0).cells()).extracting(LayoutCell::text, LayoutCell::colspan, LayoutCell::rowspan)
                .containsExactly(
                        tuple("行政复议", 5, 1),
                        tuple("行政诉讼", 10, 1));
        assertThat(table.head().get(1).cells()).extracting(LayoutCell::text, LayoutCell::colspan, LayoutCell::rowspan)
                .containsExactly(
                        tuple("结果维持", 1, 2),
                        tuple("结果纠正", 1, 2),
                        tuple("其他结果", 1, 2),
                        tuple("尚未审结", 1, 2),
                        tuple("总计", 1, 2),
                        tuple("未经复议直接起诉", 5, 1),
                        tuple("复议后起诉", 5, 1));
        assertThat(table.head().get(2).cells()).hasSize(10);
        List<LayoutRow> body = table.bodies().get(0).rows();
        assertThat(body).hasSize(1);
        assertThat(body.get(0).cells()).extracting(LayoutCell::text)
                .containsExactly("1", "1", "0", "0", "2", "9", "4", "0", "4", "17", "0", "0", "0", "0", "0");
        assertThat(body.get(0).cells().get(9).cellId()).isEqualTo("s4.litigationDirect.total");
    }

    @Test
    void givesEachArticleItemOfTable2ItsOwnBodyAndWidensSingleFigureColumns() {
        TableLayout table = TableLayouts.of(FORMAT.table("二"), ZEZHOU);

        assertThat(table.head()).isEmpty();
        assertThat(table.bodies()).hasSize(4);
        List<LayoutRow> licensing = table.bodies().get(1).rows();
        assertThat(headers(licensing.get(0))).containsExactly("第二十条第（五）项:4x1:rowgroup");
        assertThat(headers(licensing.get(1))).containsExactly("信息内容:1x1:col", "本年处理决定数量:3x1:col");
        assertThat(licensing.get(2).cells()).extracting(LayoutCell::text, LayoutCell::colspan)
                .containsExactly(tuple("行政许可", 1),
                        tuple("0", 3));
    }

    @Test
    void printsCountsAsIntegersFeesAsPlainDecimalsAndMissingFiguresAsADash() {
        Map<String, BigDecimal> figures = new HashMap<>(ZEZHOU);
        figures.put("s2.fees.amount", new BigDecimal("12.300000"));
        figures.put("s2.regulations.issued", new BigDecimal("3.0"));
        figures.remove("s2.coercion.decisions");

        TableLayout table = TableLayouts.of(FORMAT.table("二"), figures);

        assertThat(figure(table, "s2.fees.amount").text()).isEqualTo("12.3");
        assertThat(figure(table, "s2.regulations.issued").text()).isEqualTo("3");
        assertThat(figure(table, "s2.coercion.decisions").text()).isEqualTo(Figures.MISSING);
        assertThat(figure(table, "s2.coercion.decisions").cssClass()).contains("missing");
        assertThat(Figures.format(new BigDecimal("1E+3"), FORMAT.cell("s2.fees.amount").orElseThrow().kind()))
                .isEqualTo("1000");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTable")
    void fillsARectangularGridWithoutOverlaps(String name, TableDefinition definition) {
        TableLayout table = TableLayouts.of(definition, Map.of());

        assertFillsGrid(table.head(), table.columnCount());
        table.bodies().forEach(body -> assertFillsGrid(body.rows(), table.columnCount()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTable")
    void namesForEveryFigureTheHeadersOfItsRowAndColumn(String name, TableDefinition definition) {
        TableLayout table = TableLayouts.of(definition, Map.of());
        List<LayoutCell> cells = allRows(table).stream().flatMap(row -> row.cells().stream()).toList();
        Set<String> headerIds = new HashSet<>();
        cells.stream().filter(LayoutCell::header).forEach(cell -> assertThat(headerIds.add(cell.id())).isTrue());

        List<LayoutCell> figures = cells.stream().filter(cell -> cell.cellId() != null).toList();

        assertThat(figures).extracting(LayoutCell::cellId).doesNotHaveDuplicates()
                .allMatch(id -> id.startsWith(definition.cellPrefix() + "."));
        assertThat(figures).allSatisfy(cell -> assertThat(List.of(cell.headers().split(" ")))
                .hasSizeGreaterThanOrEqualTo(2).allMatch(headerIds::contains));
    }

    @Test
    void laysOutEveryCellOfBothFormats() {
        for (ReportFormat format : List.of(ReportFormats.FORMAT_2021, ReportFormats.FORMAT_2019)) {
            List<String> laidOut = format.tables().stream().map(table -> TableLayouts.of(table, Map.of()))
                    .flatMap(table -> allRows(table).stream()).flatMap(row -> row.cells().stream())
                    .map(LayoutCell::cellId).filter(id -> id != null).toList();
            assertThat(laidOut).containsExactlyInAnyOrderElementsOf(format.cells().keySet());
        }
    }

    static Stream<Arguments> everyTable() {
        return Stream.of(ReportFormats.FORMAT_2021, ReportFormats.FORMAT_2019)
                .flatMap(format -> format.tables().stream().map(table -> Arguments
                        .of("format " + format.id() + " table " + table.key(), table)));
    }

    /** Places the cells as a browser does, row by row into the first free slots, and checks each slot is filled once. */
    private static void assertFillsGrid(List<LayoutRow> rows, int width) {
        boolean[][] taken = new boolean[rows.size()][width];
        for (int row = 0; row < rows.size(); row++) {
            int column = 0;
            for (LayoutCell cell : rows.get(row).cells()) {
                while (column < width && taken[row][column]) {
                    column++;
                }
                assertThat(row + cell.rowspan()).as("rowspan of %s", cell.text()).isLessThanOrEqualTo(rows.size());
                assertThat(column + cell.colspan()).as("colspan of %s", cell.text()).isLessThanOrEqualTo(width);
                for (int r = row; r < row + cell.rowspan(); r++) {
                    for (int c = column; c < column + cell.colspan(); c++) {
                        assertThat(taken[r][c]).as("slot %d,%d taken twice (%s)", r, c, cell.text()).isFalse();
                        taken[r][c] = true;
                    }
                }
                column += cell.colspan();
            }
        }
        for (int row = 0; row < rows.size(); row++) {
            for (int column = 0; column < width; column++) {
                assertThat(taken[row][column]).as("slot %d,%d left empty", row, column).isTrue();
            }
        }
    }

    private static List<LayoutRow> allRows(TableLayout table) {
        List<LayoutRow> rows = new ArrayList<>(table.head());
        table.bodies().forEach(body -> rows.addAll(body.rows()));
        return rows;
    }

    private static LayoutCell figure(TableLayout table, String cellId) {
        return allRows(table).stream().flatMap(row -> row.cells().stream())
                .filter(cell -> cellId.equals(cell.cellId())).findFirst().orElseThrow();
    }

    private static List<String> headers(LayoutRow row) {
        return row.cells().stream().filter(LayoutCell::header)
                .map(cell -> cell.text() + ":" + cell.colspan() + "x" + cell.rowspan() + ":" + cell.scope()).toList();
    }

    private static List<String> figures(LayoutRow row) {
        return row.cells().stream().filter(cell -> cell.cellId() != null).map(LayoutCell::cellId).toList();
    }
}
