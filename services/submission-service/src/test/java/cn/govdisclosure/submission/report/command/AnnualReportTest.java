package cn.govdisclosure.submission.report.command;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.kernel.KernelFixtures;
import cn.govdisclosure.kernel.report.ReportContent;
import cn.govdisclosure.kernel.rules.Severity;
import cn.govdisclosure.kernel.rules.Violation;
import cn.govdisclosure.kernel.submission.MarkReportPublishedCommand;
import cn.govdisclosure.kernel.submission.RecordValidationOutcomeCommand;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnnualReportTest {

    static final String REPORT_ID = KernelFixtures.ZEZHOU_HRSS_CREDIT_CODE + "-2023";
    static final Instant AT = Instant.parse("2024-01-20T08:00:00Z");
    static final String CLERK = "clerk";
    static final String APPROVER = "section-chief";
    static final String DIRECTOR = "director";
    static final String BLANKS_IN_TABLE_3 = "T3-5";
    static final String NO_BLANKS = "本年度表三空白栏目均为未发生事项，系统导入时遗漏填0。";

    private AggregateTestFixture<AnnualReport> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AnnualReport.class);
    }

    @Test
    void opensADraftInTheFormatOfItsYear() {
        fixture.givenNoPriorActivity()
                .when(new CreateAnnualReportCommand(REPORT_ID, KernelFixtures.ZEZHOU_HRSS_CREDIT_CODE,
                        KernelFixtures.ZEZHOU_HRSS_NAME, KernelFixtures.ZEZHOU_REGION_CODE, 2023, "2021", CLERK, AT))
                .expectEvents(created());
    }

    @Test
    void keepsOldAndNewValueOfEveryChangedCell() {
        fixture.given(created(), figuresChanged(new FigureChange("s4.review.total", null, BigDecimal.ONE)))
                .when(changeFigures(orderedMap("s4.review.total", new BigDecimal("2.0"), "s4.review.upheld", BigDecimal.ONE)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(figuresChanged(
                        new FigureChange("s4.review.total", BigDecimal.ONE, new BigDecimal("2")),
                        new FigureChange("s4.review.upheld", null, BigDecimal.ONE)));
    }

    @Test
    void recordsNothingWhenNoValueChanges() {
        fixture.given(created(), figuresChanged(new FigureChange("s4.review.total", null, BigDecimal.ONE)))
                .when(changeFigures(Map.of("s4.review.total", new BigDecimal("1.00"))))
                .expectNoEvents();
    }

    @Test
    void refusesUnknownCellsAndValuesTheCellCannotHoldAndChangesNothing() {
        Map<String, BigDecimal> changes = new LinkedHashMap<>();
        changes.put("s3.nope.total", BigDecimal.ONE);
        changes.put("s3.received.total", new BigDecimal("-1"));
        changes.put("s4.review.total", new BigDecimal("1.5"));
        changes.put("s2.fees.amount", new BigDecimal("1.5"));
        fixture.given(created())
                .when(changeFigures(changes))
                .expectNoEvents()
                .expectException(InvalidFigureException.class)
                .expectExceptionMessage("栏目“s3.nope.total”不属于2021年版报告格式");
        assertThat(problemsOf(changes)).containsOnlyKeys("changes.s3.nope.total", "changes.s3.received.total",
                "changes.s4.review.total");
    }

    @Test
    void refusesTrialFormatCellsInA2021FormatReport() {
        fixture.given(created())
                .when(changeFigures(Map.of("s2.procurement.amount", BigDecimal.ONE)))
                .expectException(InvalidFigureException.class);
    }

    @Test
    void aReportWaitingForValidationIsReDrivenOnRecord() {
        fixture.given(created(), figuresChanged(new FigureChange("s4.review.total", null, BigDecimal.ONE)))
                .andGiven(forApproval(), approved(APPROVER, 1), submitted(1, Map.of("s4.review.total", BigDecimal.ONE)))
                .when(new RedriveReportCommand(REPORT_ID, "校验服务未回复", "admin", AT))
                .expectEvents(new ReportRedrivenEvent(REPORT_ID, "SUBMITTED", 1, "校验服务未回复", "admin", AT));
    }

    @Test
    void aReportWaitingForAPersonCannotBeReDriven() {
        fixture.given(created())
                .when(new RedriveReportCommand(REPORT_ID, "试", "admin", AT))
                .expectNoEvents()
                .expectException(ReportStateException.class);
    }

    @Test
    void submitsWhatTheAgencyEntered() {
        fixture.given(created(), figuresChanged(new FigureChange("s4.review.total", null, BigDecimal.ONE)))
                .andGiven(forApproval())
                .when(approve(APPROVER, 1))
                .expectEvents(approved(APPROVER, 1), submitted(1, Map.of("s4.review.total", BigDecimal.ONE)));
    }

    @Test
    void aSubmittedReportWaitsForItsApproversAndCannotBeChanged() {
        fixture.given(created())
                .when(new SubmitReportCommand(REPORT_ID, 2, CLERK, AT))
                .expectEvents(forApproval(2));
        fixture.given(created(), forApproval(2))
                .when(changeFigures(Map.of("s4.review.total", BigDecimal.ONE)))
                .expectException(ReportStateException.class);
    }

    @Test
    void approversSignLevelByLevelAndOnlyTheLastSendsTheReportToValidation() {
        fixture.given(created(), forApproval(2))
                .when(approve(APPROVER, 1))
                .expectEvents(approved(APPROVER, 1));
        fixture.given(created(), forApproval(2), approved(APPROVER, 1))
                .when(approve(DIRECTOR, 2))
                .expectEvents(approved(DIRECTOR, 2), submitted(1, Map.of()));
    }

    @Test
    void anApproverSignsOnlyTheNextLevel() {
        fixture.given(created(), forApproval(2))
                .when(approve(DIRECTOR, 2))
                .expectException(ApprovalRefusedException.class)
                .expectExceptionMessage("报告正待第1级审核，当前用户的审核级别为第2级")
                .expectNoEvents();
    }

    @Test
    void nobodySignsOffWhatTheyFilledInNorTwoLevels() {
        fixture.given(created(), figuresChanged(new FigureChange("s4.review.total", null, BigDecimal.ONE)),
                        forApproval(2))
                .when(approve(CLERK, 1))
                .expectException(ApprovalRefusedException.class)
                .expectExceptionMessage("填报或修改过本报告的人员不能审核本报告");
        fixture.given(created(), forApproval(2), approved(APPROVER, 1))
                .when(approve(APPROVER, 2))
                .expectException(ApprovalRefusedException.class)
                .expectExceptionMessage("同一人员不能审核两个级别");
    }

    @Test
    void anApproverSendsTheReportBackWithAComment() {
        ReportReturnedEvent returned = new ReportReturnedEvent(REPORT_ID, 2, DIRECTOR, "表四数字请核实", AT);
        fixture.given(created(), forApproval(2), approved(APPROVER, 1))
                .when(new ReturnReportCommand(REPORT_ID, DIRECTOR, 2, "表四数字请核实", AT))
                .expectEvents(returned);
        fixture.given(created(), forApproval(2), approved(APPROVER, 1), returned)
                .when(changeFigures(Map.of("s4.review.total", BigDecimal.ONE)))
                .expectSuccessfulHandlerExecution();
        fixture.given(created(), forApproval(2), approved(APPROVER, 1), returned, forApproval(2))
                .when(approve(DIRECTOR, 2))
                .expectException(ApprovalRefusedException.class);
    }

    @Test
    void aPublishedReportIsOpenedForACorrectionWhoseReasonTravelsWithTheAcceptance() {
        AnnualReportPublishedEvent published = new AnnualReportPublishedEvent(REPORT_ID, 1, 1, "http://portal/v1", AT);
        CorrectionOpenedEvent opened = new CorrectionOpenedEvent(REPORT_ID, 1, "收费金额填错", CLERK, AT);
        fixture.given(created(), submitted(1, Map.of()), accepted(ReportContent.EMPTY), published)
                .when(new OpenCorrectionCommand(REPORT_ID, "收费金额填错", CLERK, AT))
                .expectEvents(opened);
        fixture.given(created(), submitted(1, Map.of()), accepted(ReportContent.EMPTY), published, opened)
                .when(changeFigures(Map.of("s2.fees.amount", BigDecimal.ONE)))
                .expectSuccessfulHandlerExecution();
        fixture.given(created(), submitted(1, Map.of()), accepted(ReportContent.EMPTY), published, opened,
                        submitted(2, Map.of()))
                .when(outcome(2))
                .expectEvents(new AnnualReportAcceptedEvent(REPORT_ID, 2, KernelFixtures.ZEZHOU_HRSS_CREDIT_CODE,
                        KernelFixtures.ZEZHOU_HRSS_NAME, KernelFixtures.ZEZHOU_REGION_CODE, 2023, "2021",
                        ReportContent.EMPTY, "v2", "2021.1", List.of(), AT, "收费金额填错"));
    }

    @Test
    void onlyAPublishedReportIsCorrected() {
        fixture.given(created())
                .when(new OpenCorrectionCommand(REPORT_ID, "更正", CLERK, AT))
                .expectException(ReportStateException.class)
                .expectNoEvents();
    }

    @Test
    void refusesChangesAndASecondSubmissionWhileSubmitted() {
        fixture.given(created(), submitted(1, Map.of()))
                .when(new SubmitReportCommand(REPORT_ID, 1, CLERK, AT))
                .expectException(ReportStateException.class)
                .expectNoEvents();
        fixture.given(created(), submitted(1, Map.of()))
                .when(changeFigures(Map.of("s4.review.total", BigDecimal.ONE)))
                .expectException(ReportStateException.class);
    }

    @Test
    void isRejectedWhenValidationFindsErrorsAndMayThenBeCorrectedAndSubmittedAgain() {
        Violation error = new Violation("T3-1", Severity.ERROR, List.of("s3.received.total"), "不平衡");
        fixture.given(created(), submitted(1, Map.of()))
                .when(outcome(1, error))
                .expectEvents(new AnnualReportRejectedEvent(REPORT_ID, 1, "v1", "2021.1", List.of(error), AT));
        fixture.given(created(), submitted(1, Map.of()), rejected(1))
                .andGiven(forApproval())
                .when(approve(APPROVER, 1))
                .expectEvents(approved(APPROVER, 1), submitted(2, Map.of()));
    }

    @Test
    void isAcceptedWithItsExplainedWarnings() {
        Violation warning = new Violation(BLANKS_IN_TABLE_3, Severity.WARNING, List.of("s3.received.total"), "表三未填写")
                .explainedBy(NO_BLANKS);
        ReportContent content = new ReportContent(Map.of(), Map.of(), Map.of(BLANKS_IN_TABLE_3, NO_BLANKS));
        fixture.given(created(), explained(BLANKS_IN_TABLE_3, null, NO_BLANKS), submitted(1, content))
                .when(outcome(1, warning))
                .expectEvents(new AnnualReportAcceptedEvent(REPORT_ID, 1, KernelFixtures.ZEZHOU_HRSS_CREDIT_CODE,
                        KernelFixtures.ZEZHOU_HRSS_NAME, KernelFixtures.ZEZHOU_REGION_CODE, 2023, "2021",
                        content, "v1", "2021.1", List.of(warning), AT));
    }

    @Test
    void isRejectedWhileAWarningIsUnexplained() {
        Violation warning = new Violation(BLANKS_IN_TABLE_3, Severity.WARNING, List.of("s3.received.total"), "表三未填写");
        fixture.given(created(), submitted(1, Map.of()))
                .when(outcome(1, warning))
                .expectEvents(new AnnualReportRejectedEvent(REPORT_ID, 1, "v1", "2021.1", List.of(warning), AT));
    }

    @Test
    void keepsTheExplanationOfAWarningWithItsOldText() {
        fixture.given(created())
                .when(explain(BLANKS_IN_TABLE_3, NO_BLANKS))
                .expectEvents(explained(BLANKS_IN_TABLE_3, null, NO_BLANKS));
        fixture.given(created(), explained(BLANKS_IN_TABLE_3, null, "初稿"))
                .when(explain(BLANKS_IN_TABLE_3, "  " + NO_BLANKS + "\n"))
                .expectEvents(explained(BLANKS_IN_TABLE_3, "初稿", NO_BLANKS));
    }

    @Test
    void anEmptyExplanationWithdrawsIt() {
        fixture.given(created(), explained(BLANKS_IN_TABLE_3, null, NO_BLANKS))
                .when(explain(BLANKS_IN_TABLE_3, ""))
                .expectEvents(explained(BLANKS_IN_TABLE_3, NO_BLANKS, null));
        fixture.given(created(), explained(BLANKS_IN_TABLE_3, null, NO_BLANKS))
                .when(explain(BLANKS_IN_TABLE_3, null))
                .expectEvents(explained(BLANKS_IN_TABLE_3, NO_BLANKS, null));
    }

    @Test
    void recordsNothingWhenTheExplanationDoesNotChange() {
        fixture.given(created(), explained(BLANKS_IN_TABLE_3, null, NO_BLANKS))
                .when(explain(BLANKS_IN_TABLE_3, NO_BLANKS + " "))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(created())
                .when(explain(BLANKS_IN_TABLE_3, " "))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void explainsOnlyWarningsOfTheRuleSet() {
        fixture.given(created())
                .when(explain("X-99", NO_BLANKS))
                .expectNoEvents()
                .expectException(InvalidFigureException.class)
                .expectExceptionMessage("没有编号为“X-99”的审核规则");
        fixture.given(created())
                .when(explain("T3-1", NO_BLANKS))
                .expectNoEvents()
                .expectException(InvalidFigureException.class)
                .expectExceptionMessage("规则 T3-1 是错误，须更正报告，不能以说明代替");
        assertThat(problemsOfExplaining("T3-1")).containsOnlyKeys("ruleId");
    }

    @Test
    void explainsTheWarningOfARuleIdThatAlsoNamesAnError() {
        fixture.given(created())
                .when(explain("T2-2", "本年确有大额收费"))
                .expectEvents(explained("T2-2", null, "本年确有大额收费"));
    }

    @Test
    void refusesExplanationsWhileSubmittedAndAfterAcceptance() {
        fixture.given(created(), submitted(1, Map.of()))
                .when(explain(BLANKS_IN_TABLE_3, NO_BLANKS))
                .expectNoEvents()
                .expectException(ReportStateException.class)
                .expectExceptionMessage("报告已提交审核，审核结束前不能修改或再次提交");
        fixture.given(created(), submitted(1, Map.of()), accepted(ReportContent.EMPTY))
                .when(explain(BLANKS_IN_TABLE_3, NO_BLANKS))
                .expectException(ReportStateException.class);
    }

    @Test
    void submitsTheExplanationsThatStandWithTheContent() {
        ReportContent content = new ReportContent(Map.of("s4.review.total", BigDecimal.ONE), Map.of(),
                Map.of(BLANKS_IN_TABLE_3, NO_BLANKS));
        fixture.given(created(), figuresChanged(new FigureChange("s4.review.total", null, BigDecimal.ONE)),
                        explained(BLANKS_IN_TABLE_3, null, NO_BLANKS), explained("X-4", null, "复议系上年申请引起"),
                        explained("X-4", "复议系上年申请引起", null))
                .andGiven(forApproval())
                .when(approve(APPROVER, 1))
                .expectEvents(approved(APPROVER, 1), submitted(1, content));
    }

    @Test
    void mayExplainAWarningAfterARejectionAndSubmitAgain() {
        Violation warning = new Violation(BLANKS_IN_TABLE_3, Severity.WARNING, List.of("s3.received.total"), "表三未填写");
        AnnualReportRejectedEvent rejection = new AnnualReportRejectedEvent(REPORT_ID, 1, "v1", "2021.1",
                List.of(warning), AT);
        fixture.given(created(), submitted(1, Map.of()), rejection)
                .when(explain(BLANKS_IN_TABLE_3, NO_BLANKS))
                .expectEvents(explained(BLANKS_IN_TABLE_3, null, NO_BLANKS));
        fixture.given(created(), submitted(1, Map.of()), rejection, explained(BLANKS_IN_TABLE_3, null, NO_BLANKS))
                .andGiven(forApproval())
                .when(approve(APPROVER, 1))
                .expectEvents(approved(APPROVER, 1), submitted(2, ReportContent.EMPTY.withExplanations(Map.of(BLANKS_IN_TABLE_3, NO_BLANKS))));
    }

    @Test
    void ignoresARepeatedOrStaleValidationOutcome() {
        fixture.given(created(), submitted(1, Map.of()), rejected(1))
                .when(outcome(1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(created(), submitted(1, Map.of()), rejected(1), submitted(2, Map.of()))
                .when(outcome(1))
                .expectNoEvents();
    }

    @Test
    void isMarkedPublishedOnceOnly() {
        MarkReportPublishedCommand publish = new MarkReportPublishedCommand(REPORT_ID, 1, 1, "http://portal/v1", AT);
        AnnualReportAcceptedEvent accepted = accepted(ReportContent.EMPTY);
        AnnualReportPublishedEvent published = new AnnualReportPublishedEvent(REPORT_ID, 1, 1, "http://portal/v1", AT);
        fixture.given(created(), submitted(1, Map.of()), accepted)
                .when(publish)
                .expectEvents(published);
        fixture.given(created(), submitted(1, Map.of()), accepted, published)
                .when(publish)
                .expectNoEvents();
        fixture.given(created(), submitted(1, Map.of()), accepted, published)
                .when(changeFigures(Map.of("s4.review.total", BigDecimal.ONE)))
                .expectException(ReportStateException.class);
    }

    @Test
    void keepsNarrativeSectionsWithTheirOldText() {
        fixture.given(created())
                .when(new ChangeSectionCommand(REPORT_ID, "other", "未收取信息处理费。", "初次填报", CLERK, AT))
                .expectEvents(new SectionChangedEvent(REPORT_ID, "other", null, "未收取信息处理费。", "初次填报", CLERK, AT));
        fixture.given(created())
                .when(new ChangeSectionCommand(REPORT_ID, "epilogue", "x", "初次填报", CLERK, AT))
                .expectException(InvalidFigureException.class);
    }

    /** The aggregate reports every offending cell at once, not only the first. */
    private static Map<String, String> problemsOf(Map<String, BigDecimal> changes) {
        AnnualReport report = new AnnualReport();
        report.on(created());
        try {
            report.handle(changeFigures(changes));
            throw new AssertionError("changes were accepted");
        } catch (InvalidFigureException e) {
            return e.problems();
        }
    }

    private static Map<String, String> problemsOfExplaining(String ruleId) {
        AnnualReport report = new AnnualReport();
        report.on(created());
        try {
            report.handle(explain(ruleId, NO_BLANKS));
            throw new AssertionError("explanation was accepted");
        } catch (InvalidFigureException e) {
            return e.problems();
        }
    }

    private static Map<String, BigDecimal> orderedMap(String cell1, BigDecimal value1, String cell2,
                                                      BigDecimal value2) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        map.put(cell1, value1);
        map.put(cell2, value2);
        return map;
    }

    static AnnualReportCreatedEvent created() {
        return new AnnualReportCreatedEvent(REPORT_ID, KernelFixtures.ZEZHOU_HRSS_CREDIT_CODE,
                KernelFixtures.ZEZHOU_HRSS_NAME, KernelFixtures.ZEZHOU_REGION_CODE, 2023, "2021", CLERK, AT);
    }

    static ChangeFiguresCommand changeFigures(Map<String, BigDecimal> changes) {
        return new ChangeFiguresCommand(REPORT_ID, changes, "录入", CLERK, AT);
    }

    static FiguresChangedEvent figuresChanged(FigureChange... changes) {
        return new FiguresChangedEvent(REPORT_ID, List.of(changes), "录入", CLERK, AT);
    }

    static ExplainWarningCommand explain(String ruleId, String text) {
        return new ExplainWarningCommand(REPORT_ID, ruleId, text, CLERK, AT);
    }

    static WarningExplainedEvent explained(String ruleId, String oldText, String newText) {
        return new WarningExplainedEvent(REPORT_ID, ruleId, oldText, newText, CLERK, AT);
    }

    static ReportSubmittedForApprovalEvent forApproval() {
        return forApproval(1);
    }

    static ReportSubmittedForApprovalEvent forApproval(int levels) {
        return new ReportSubmittedForApprovalEvent(REPORT_ID, levels, CLERK, AT);
    }

    static ApproveReportCommand approve(String approver, int level) {
        return new ApproveReportCommand(REPORT_ID, approver, level, "同意", AT);
    }

    static ReportApprovedEvent approved(String approver, int level) {
        return new ReportApprovedEvent(REPORT_ID, level, approver, "同意", AT);
    }

    static AnnualReportSubmittedEvent submitted(int number, Map<String, BigDecimal> figures) {
        return submitted(number, new ReportContent(figures, Map.of()));
    }

    static AnnualReportSubmittedEvent submitted(int number, ReportContent content) {
        return new AnnualReportSubmittedEvent(REPORT_ID, number, KernelFixtures.ZEZHOU_HRSS_CREDIT_CODE,
                KernelFixtures.ZEZHOU_HRSS_NAME, KernelFixtures.ZEZHOU_REGION_CODE, 2023, "2021", content, CLERK, AT);
    }

    static AnnualReportAcceptedEvent accepted(ReportContent content) {
        return new AnnualReportAcceptedEvent(REPORT_ID, 1, KernelFixtures.ZEZHOU_HRSS_CREDIT_CODE,
                KernelFixtures.ZEZHOU_HRSS_NAME, KernelFixtures.ZEZHOU_REGION_CODE, 2023, "2021", content, "v1",
                "2021.1", List.of(), AT);
    }

    static AnnualReportRejectedEvent rejected(int number) {
        return new AnnualReportRejectedEvent(REPORT_ID, number, "v" + number, "2021.1", List.of(), AT);
    }

    static RecordValidationOutcomeCommand outcome(int number, Violation... violations) {
        return new RecordValidationOutcomeCommand(REPORT_ID, number, "v" + number, "2021.1", List.of(violations), AT);
    }
}
