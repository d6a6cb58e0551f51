package cn.govdisclosure.kernel.rules;

import static cn.govdisclosure.kernel.format.ReportFormats.FORMAT_2021;
import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.kernel.KernelFixtures;
import cn.govdisclosure.kernel.report.ReportContent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleSetTest {

    @Test
    void theExampleReportHasNoErrorsButWarnsOfDisputesWithoutApplications() {
        List<Violation> violations = RuleSet.evaluate(FORMAT_2021, KernelFixtures.zezhouContent2023(FORMAT_2021));

        assertThat(violations).extracting(Violation::ruleId).containsExactly("X-4");
        assertThat(violations.get(0).message()).contains("行政复议 2 件、行政诉讼 17 件");
    }

    @Test
    void theExampleReportWithoutCoercionFailsTableTwoCompleteness() {
        Map<String, BigDecimal> figures = KernelFixtures.zezhouFigures2023(FORMAT_2021);
        figures.remove("s2.coercion.decisions");

        List<Violation> violations = RuleSet.evaluate(FORMAT_2021, new ReportContent(figures, Map.of()));

        assertThat(violations.get(0).ruleId()).isEqualTo("T2-1");
        assertThat(violations.get(0).cells()).containsExactly("s2.coercion.decisions");
        assertThat(violations.get(0).message()).isEqualTo("二、主动公开政府信息情况未填写：第二十条第（六）项·行政强制·本年处理决定数量");
    }

    @Test
    void anUnbalancedTotalNamesItsRowColumnExpectedAndActualValue() {
        Map<String, BigDecimal> figures = KernelFixtures.zezhouFigures2023(FORMAT_2021);
        figures.put("s3.granted.naturalPerson", BigDecimal.valueOf(5));
        figures.put("s3.granted.total", BigDecimal.valueOf(5));
        figures.put("s3.received.naturalPerson", BigDecimal.valueOf(5));
        figures.put("s3.received.total", BigDecimal.valueOf(5));
        figures.put("s3.totalHandled.naturalPerson", BigDecimal.valueOf(4));
        figures.put("s3.totalHandled.total", BigDecimal.valueOf(4));

        List<Violation> errors = RuleSet.evaluate(FORMAT_2021, new ReportContent(figures, Map.of())).stream()
                .filter(Violation::blocksAcceptance).toList();

        assertThat(errors).extracting(Violation::ruleId).containsExactly("T3-1", "T3-1", "T3-2", "T3-2");
        assertThat(errors.get(2).message()).isEqualTo("三、本年度办理结果（七）总计·自然人应等于（一）至（六）各项之和：应为 5，实为 4");
        assertThat(errors.get(2).cells()).contains("s3.totalHandled.naturalPerson", "s3.granted.naturalPerson");
    }

    @Test
    void everyFailingRowOfTableThreeIsReported() {
        Map<String, BigDecimal> figures = KernelFixtures.zezhouFigures2023(FORMAT_2021);
        figures.put("s3.received.total", BigDecimal.ONE);
        figures.put("s3.carriedForward.total", BigDecimal.ONE);

        List<Violation> violations = RuleSet.evaluate(FORMAT_2021, new ReportContent(figures, Map.of()));

        assertThat(violations).filteredOn(v -> v.ruleId().equals("T3-3")).extracting(Violation::cells)
                .containsExactly(cells("received"), cells("carriedForward"));
    }

    @Test
    void tableFourGroupsMustAddUp() {
        Map<String, BigDecimal> figures = KernelFixtures.zezhouFigures2023(FORMAT_2021);
        figures.put("s4.litigationDirect.total", BigDecimal.valueOf(16));

        List<Violation> violations = RuleSet.evaluate(FORMAT_2021, new ReportContent(figures, Map.of()));

        assertThat(violations.get(0).ruleId()).isEqualTo("T4-1");
        assertThat(violations.get(0).message()).isEqualTo(
                "行政诉讼未经复议直接起诉·总计应等于结果维持、结果纠正、其他结果、尚未审结之和：应为 17，实为 16");
    }

    @Test
    void blankCellsOfTableThreeWarnAndForeignCellsAreErrors() {
        Map<String, BigDecimal> figures = KernelFixtures.zezhouFigures2023(FORMAT_2021);
        figures.remove("s3.granted.research");
        figures.put("s2.procurement.amount", BigDecimal.ONE);

        List<Violation> violations = RuleSet.evaluate(FORMAT_2021, new ReportContent(figures, Map.of()));

        assertThat(violations).extracting(Violation::ruleId).containsExactly("T2-6", "T3-5", "X-4");
    }

    private static List<String> cells(String row) {
        return List.of("s3." + row + ".total", "s3." + row + ".naturalPerson", "s3." + row + ".commercial",
                "s3." + row + ".research", "s3." + row + ".publicInterest", "s3." + row + ".legalService",
                "s3." + row + ".otherOrg");
    }
}
