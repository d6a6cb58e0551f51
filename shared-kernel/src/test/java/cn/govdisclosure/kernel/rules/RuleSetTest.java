package cn.govdisclosure.kernel.rules;

import static cn.govdisclosure.kernel.format.ReportFormats.FORMAT_2021;
import static cn.govdisclosure.kernel.rules.RuleFixtures.report;
import static cn.govdisclosure.kernel.rules.RuleFixtures.row;
import static cn.govdisclosure.kernel.rules.RuleFixtures.set;
import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.kernel.KernelFixtures;
import cn.govdisclosure.kernel.agency.AgencyKind;
import cn.govdisclosure.kernel.report.ReportContent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RuleSetTest {

    @Test
    void theConsistentReportSatisfiesEveryRule() {
        assertThat(RuleSet.evaluate(RuleFixtures.consistentReport())).isEmpty();
    }

    @Test
    void namesEveryTotalOfTables3And4WithTheCellsItAddsUp() {
        Map<String, List<String>> totals = RuleSet.totals(FORMAT_2021);

        assertThat(totals.get("s3.totalHandled.naturalPerson")).hasSize(21)
                .contains("s3.granted.naturalPerson", "s3.otherHandling.other.naturalPerson")
                .doesNotContain("s3.received.naturalPerson", "s3.carriedForward.naturalPerson");
        assertThat(totals.get("s3.received.total")).containsExactly("s3.received.naturalPerson",
                "s3.received.commercial", "s3.received.research", "s3.received.publicInterest",
                "s3.received.legalService", "s3.received.otherOrg");
        assertThat(totals.get("s4.review.total")).containsExactly("s4.review.upheld", "s4.review.corrected",
                "s4.review.other", "s4.review.pending");
        assertThat(totals).doesNotContainKey("s3.received.naturalPerson").hasSize(7 + 25 - 1 + 3);
    }

    @Test
    void everyRuleOfTheSpecificationIsImplemented() {
        assertThat(RuleSet.rules().stream().map(Rule::id).collect(Collectors.toSet())).containsExactlyInAnyOrder(
                "T2-1", "T2-2", "T2-3", "T2-4", "T2-5", "T2-6", "T3-1", "T3-2", "T3-3", "T3-4", "T3-5", "T3-6", "T3-7",
                "T4-1", "T4-2", "X-1", "X-2", "X-3", "X-4");
        assertThat(RuleSet.rules()).allSatisfy(rule -> assertThat(rule.description()).isNotBlank());
    }

    static Stream<Arguments> reportsBreakingExactlyOneRule() {
        return Stream.of(
                breaking("T2-1", Severity.ERROR, figures -> figures.remove("s2.coercion.decisions")),
                breaking("T2-2", Severity.ERROR, figures -> set(figures, "s2.punishment.decisions", "1.5")),
                breaking("T2-2", Severity.WARNING, figures -> set(figures, "s2.fees.amount", "25000")),
                breaking("T2-3", Severity.WARNING, figures -> set(figures, "s2.normativeDocuments.inForce", 2)),
                breaking("T2-4", Severity.WARNING, figures -> {
                    set(figures, "s2.normativeDocuments.repealed", 2);
                    set(figures, "s2.normativeDocuments.inForce", 0);
                }),
                breaking("T2-5", Severity.WARNING, figures -> {
                    set(figures, "s2.regulations.issued", 1);
                    set(figures, "s2.regulations.inForce", 1);
                }),
                breaking("T2-6", Severity.ERROR, figures -> set(figures, "s2.procurement.amount", 3)),
                breaking("T3-1", Severity.ERROR, figures -> row(figures, "carriedForward", 1, 1)),
                breaking("T3-2", Severity.ERROR, figures -> row(figures, "granted", 4, 0)),
                breaking("T3-3", Severity.ERROR, figures -> {
                    set(figures, "s3.unable.notHeld.total", 2);
                    set(figures, "s3.partlyGranted.total", 1);
                }),
                breaking("T3-4", Severity.ERROR, figures -> {
                    set(figures, "s3.refused.stateSecret.research", "0.5");
                    set(figures, "s3.refused.stateSecret.legalService", "-0.5");
                    set(figures, "s3.refused.queryMatter.research", "-0.5");
                    set(figures, "s3.refused.queryMatter.legalService", "0.5");
                }),
                breaking("T3-5", Severity.WARNING, figures -> figures.remove("s3.refused.queryMatter.legalService")),
                breaking("T4-1", Severity.ERROR, figures -> set(figures, "s4.litigationAfterReview.upheld", 1)),
                breaking("T4-2", Severity.ERROR, figures -> {
                    set(figures, "s4.litigationAfterReview.other", "0.5");
                    set(figures, "s4.litigationAfterReview.pending", "-0.5");
                }),
                breaking("T4-2", Severity.ERROR, figures -> figures.remove("s4.litigationAfterReview.pending")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("reportsBreakingExactlyOneRule")
    void aReportBreakingOneRuleIsToldExactlyThatRule(String ruleId, Severity severity,
                                                     Consumer<Map<String, BigDecimal>> change) {
        List<Violation> violations = RuleSet.evaluate(report(change, sections -> { }));

        assertThat(violations).isNotEmpty().allSatisfy(violation -> {
            assertThat(violation.ruleId()).isEqualTo(ruleId);
            assertThat(violation.severity()).isEqualTo(severity);
        });
    }

    static Stream<Arguments> narrativesBreakingExactlyOneRule() {
        return Stream.of(
                Arguments.of("T3-7", (Consumer<Map<String, String>>) sections -> sections.put("overview",
                        "本年度共收到政府信息公开申请七件，办结6件。本年度发生行政复议2件、行政诉讼17件。")),
                Arguments.of("T3-7", (Consumer<Map<String, String>>) sections -> sections.put("problems",
                        "本年度未收到政府信息公开申请。")),
                Arguments.of("X-1", (Consumer<Map<String, String>>) sections -> sections.remove("problems")),
                Arguments.of("X-1", (Consumer<Map<String, String>>) sections -> sections.put("other", "无。")),
                Arguments.of("X-2", (Consumer<Map<String, String>>) sections -> sections.put("preamble",
                        "本报告统计期限自2022年1月1日起至2022年12月31日止。")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("narrativesBreakingExactlyOneRule")
    void aNarrativeBreakingOneRuleIsToldExactlyThatRule(String ruleId, Consumer<Map<String, String>> change) {
        List<Violation> violations = RuleSet.evaluate(report(figures -> { }, change));

        assertThat(violations).isNotEmpty().allSatisfy(violation -> assertThat(violation.ruleId()).isEqualTo(ruleId));
    }

    @Test
    void carryOverMustMatchThePreviousYearColumnByColumn() {
        ReportUnderReview report = RuleFixtures.consistentReport().withPreviousYear(RuleFixtures.previousYear(
                figures -> set(figures, "s3.carriedForward.naturalPerson", 2)));

        List<Violation> violations = RuleSet.evaluate(report);

        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.ruleId()).isEqualTo("T3-6");
            assertThat(violation.cells()).containsExactly("s3.carriedOver.naturalPerson");
            assertThat(violation.message()).isEqualTo("二、上年结转政府信息公开申请数量·自然人应等于2022年度报告"
                    + "四、结转下年度继续办理·自然人：应为 2，实为 1");
        });
    }

    @Test
    void crossYearRulesSayWhenThePreviousYearIsUnknown() {
        ReportUnderReview report = RuleFixtures.consistentReport().withPreviousYear(null);

        List<Violation> violations = RuleSet.evaluate(report);

        assertThat(violations).extracting(Violation::ruleId).containsExactly("T2-3", "T2-4", "T3-6");
        assertThat(violations).allSatisfy(violation -> {
            assertThat(violation.severity()).isEqualTo(Severity.INFO);
            assertThat(violation.message()).startsWith("2022年度报告未知");
            assertThat(violation.blocksAcceptance()).isFalse();
        });
    }

    @Test
    void documentRulesSayWhenThePreviousYearUsedTheTrialFormat() {
        ReportUnderReview report = RuleFixtures.consistentReport().withPreviousYear(new ReportUnderReview.PreviousYear(
                2020, cn.govdisclosure.kernel.format.ReportFormats.FORMAT_2019, ReportContent.EMPTY));

        assertThat(RuleSet.evaluate(report)).extracting(Violation::message).allMatch(message -> message.contains(
                "采用2019年版格式"));
    }

    @Test
    void aLateReportIsWarned() {
        ReportUnderReview consistent = RuleFixtures.consistentReport();
        ReportUnderReview late = new ReportUnderReview(consistent.format(), 2023, consistent.regionCode(),
                consistent.content(), Instant.parse("2024-02-01T00:30:00Z"), consistent.previousYear());

        assertThat(RuleSet.evaluate(late)).singleElement().satisfies(violation -> {
            assertThat(violation.ruleId()).isEqualTo("X-3");
            assertThat(violation.message()).contains("2024年2月1日");
        });
    }

    @Test
    void aPeoplesGovernmentHasUntilTheEndOfMarch() {
        ReportUnderReview consistent = RuleFixtures.consistentReport();
        ReportUnderReview inFebruary = new ReportUnderReview(consistent.format(), 2023, consistent.regionCode(),
                consistent.content(), Instant.parse("2024-02-20T02:00:00Z"), consistent.previousYear(),
                AgencyKind.PEOPLES_GOVERNMENT);
        ReportUnderReview inApril = new ReportUnderReview(consistent.format(), 2023, consistent.regionCode(),
                consistent.content(), Instant.parse("2024-03-31T16:30:00Z"), consistent.previousYear(),
                AgencyKind.PEOPLES_GOVERNMENT);

        assertThat(RuleSet.evaluate(inFebruary)).isEmpty();
        assertThat(RuleSet.evaluate(inApril)).singleElement().satisfies(violation -> {
            assertThat(violation.ruleId()).isEqualTo("X-3");
            assertThat(violation.message()).contains("2024年3月31日前公布（县级以上人民政府）").contains("2024年4月1日");
        });
    }

    @Test
    void theExampleReportHasNoErrorsButWarnsOfDisputesWithoutApplications() {
        ReportUnderReview example = new ReportUnderReview(FORMAT_2021, 2023, KernelFixtures.ZEZHOU_REGION_CODE,
                KernelFixtures.zezhouReport2023(FORMAT_2021), RuleFixtures.SUBMITTED_IN_TIME, null);

        List<Violation> violations = RuleSet.evaluate(example);

        assertThat(violations.stream().filter(v -> v.severity() != Severity.INFO)).extracting(Violation::ruleId)
                .containsExactly("X-4");
        assertThat(violations.get(0).message()).contains("行政复议 2 件、行政诉讼 17 件");
        assertThat(RuleSet.accepts(violations)).isFalse();
    }

    @Test
    void anExplainedWarningNoLongerBlocksAcceptance() {
        ReportUnderReview example = new ReportUnderReview(FORMAT_2021, 2023, KernelFixtures.ZEZHOU_REGION_CODE,
                KernelFixtures.zezhouReport2023(FORMAT_2021).withExplanations(Map.of("X-4", "复议和诉讼涉及以前年度的申请")),
                RuleFixtures.SUBMITTED_IN_TIME, null);

        List<Violation> violations = RuleSet.evaluate(example);

        assertThat(violations.get(0).explanation()).isEqualTo("复议和诉讼涉及以前年度的申请");
        assertThat(RuleSet.accepts(violations)).isTrue();
    }

    @Test
    void theExampleReportWithoutCoercionFailsTableTwoCompleteness() {
        Map<String, BigDecimal> figures = KernelFixtures.zezhouFigures2023(FORMAT_2021);
        figures.remove("s2.coercion.decisions");

        List<Violation> violations = RuleSet.evaluate(ReportUnderReview.draft(FORMAT_2021, 2023,
                new ReportContent(figures, KernelFixtures.zezhouSections2023())));

        assertThat(violations.get(0).ruleId()).isEqualTo("T2-1");
        assertThat(violations.get(0).cells()).containsExactly("s2.coercion.decisions");
        assertThat(violations.get(0).message()).isEqualTo("二、主动公开政府信息情况未填写：第二十条第（六）项·行政强制·本年处理决定数量");
    }

    @Test
    void anUnbalancedTotalNamesItsRowColumnExpectedAndActualValue() {
        List<Violation> errors = RuleSet.evaluate(report(figures -> row(figures, "totalHandled", 4, 1),
                sections -> { })).stream().filter(v -> v.severity() == Severity.ERROR).toList();

        assertThat(errors).extracting(Violation::ruleId).contains("T3-1", "T3-2");
        assertThat(errors).extracting(Violation::message)
                .contains("三、本年度办理结果（七）总计·自然人应等于（一）至（六）各项之和：应为 5，实为 4");
    }

    @Test
    void everyFailingColumnIsReportedOnItsOwn() {
        List<Violation> violations = RuleSet.evaluate(report(figures -> row(figures, "granted", 4, 1),
                sections -> { }));

        assertThat(violations).filteredOn(v -> v.ruleId().equals("T3-2")).extracting(v -> v.cells().get(0))
                .containsExactly("s3.totalHandled.naturalPerson", "s3.totalHandled.commercial",
                        "s3.totalHandled.total");
    }

    @Test
    void theRulesReadOnlyCellsOfTheFormat() {
        Set<String> cells = FORMAT_2021.cells().keySet();
        assertThat(RuleSet.rules()).allSatisfy(rule -> assertThat(cells).containsAll(rule.reads(FORMAT_2021)));
    }

    private static Arguments breaking(String ruleId, Severity severity, Consumer<Map<String, BigDecimal>> change) {
        return Arguments.of(ruleId, severity, change);
    }
}
