package cn.govdisclosure.submission.workspace.web;

import static cn.govdisclosure.kernel.agency.AgencyKind.DEPARTMENT;
import static cn.govdisclosure.kernel.agency.AgencyKind.PEOPLES_GOVERNMENT;
import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.kernel.rules.Severity;
import cn.govdisclosure.kernel.rules.Violation;
import cn.govdisclosure.submission.report.query.ReportView;
import cn.govdisclosure.support.security.AuthenticatedUser;
import cn.govdisclosure.support.security.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportStandingTest {

    private static final String AGENCY = "11140525001234567U";
    private static final AuthenticatedUser CLERK = new AuthenticatedUser("clerk", Set.of(Role.CLERK), AGENCY, null,
            null);
    private static final AuthenticatedUser SECOND_APPROVER = new AuthenticatedUser("approver-2",
            Set.of(Role.APPROVER), AGENCY, null, 2);
    private static final LocalDate JANUARY_21_2024 = LocalDate.of(2024, 1, 21);

    @Test
    void countsTheDaysLeftUntil31JanuaryOfTheFollowingYear() {
        ReportStanding draft = ReportStanding.of(report("DRAFT", 0, null, List.of()), DEPARTMENT, CLERK,
                JANUARY_21_2024);

        assertThat(draft.label()).isEqualTo("草稿");
        assertThat(draft.deadline()).isEqualTo("应于2024年1月31日前公布，还剩10天");
        assertThat(draft.nextStep()).isEqualTo("继续填报，完成后提交审核");
    }

    @Test
    void asksTheAgencyHoldingALateReportToExplainTheDelay() {
        assertThat(ReportStanding.of(report("DRAFT", 0, null, List.of()), DEPARTMENT, CLERK,
                LocalDate.of(2024, 2, 3)).deadline())
                .isEqualTo("应于2024年1月31日前公布，已逾期3天，提交时须说明逾期原因");
        assertThat(ReportStanding.of(report("AWAITING_APPROVAL", 0, null, List.of()), DEPARTMENT, CLERK,
                LocalDate.of(2024, 2, 3)).deadline()).isEqualTo("应于2024年1月31日前公布，已逾期3天");
    }

    @Test
    void givesAPeoplesGovernmentUntil31March() {
        ReportStanding draft = ReportStanding.of(report("DRAFT", 0, null, List.of()), PEOPLES_GOVERNMENT, CLERK,
                LocalDate.of(2024, 2, 3));

        assertThat(draft.deadline()).isEqualTo("应于2024年3月31日前公布，还剩57天");
        assertThat(ReportStanding.overdue(PEOPLES_GOVERNMENT, 2023, LocalDate.of(2024, 2, 3))).isFalse();
        assertThat(ReportStanding.overdue(DEPARTMENT, 2023, LocalDate.of(2024, 2, 3))).isTrue();
    }

    @Test
    void namesTheLevelAwaitedAndGivesTheNextStepOnlyToTheApproverOfThatLevel() {
        ReportView atSecondLevel = report("AWAITING_APPROVAL", 1, "第一级同意", List.of());

        ReportStanding forApprover = ReportStanding.of(atSecondLevel, DEPARTMENT, SECOND_APPROVER, JANUARY_21_2024);
        assertThat(forApprover.label()).isEqualTo("待第2级审核（共2级）");
        assertThat(forApprover.nextStep()).isEqualTo("审核并签字，或退回修改");
        assertThat(ReportStanding.of(atSecondLevel, DEPARTMENT, CLERK, JANUARY_21_2024).nextStep()).isNull();
        assertThat(ReportStanding.of(report("AWAITING_APPROVAL", 0, null, List.of()), DEPARTMENT, SECOND_APPROVER,
                JANUARY_21_2024).nextStep()).isNull();
    }

    @Test
    void showsTheApproversCommentOnAReturnedDraft() {
        ReportStanding returned = ReportStanding.of(report("DRAFT", 0, "请核对表三", List.of()), DEPARTMENT, CLERK,
                JANUARY_21_2024);

        assertThat(returned.label()).isEqualTo("草稿（审核退回）");
        assertThat(returned.comment()).isEqualTo("请核对表三");
    }

    @Test
    void listsWhatBlocksARejectedReportButNotWhatIsExplainedOrOnlyInformation() {
        ReportStanding rejected = ReportStanding.of(report("REJECTED", 0, null, List.of(
                new Violation("T3-1", Severity.ERROR, List.of(), "不平衡"),
                new Violation("X-4", Severity.WARNING, List.of(), "有争议").explainedBy("已说明"),
                new Violation("X-3", Severity.WARNING, List.of(), "逾期"),
                new Violation("T3-6", Severity.INFO, List.of(), "上年未知"))), DEPARTMENT, CLERK, JANUARY_21_2024);

        assertThat(rejected.label()).isEqualTo("校验未通过，已退回");
        assertThat(rejected.reasons()).containsExactly("错误 T3-1：不平衡", "警告 X-3：逾期");
    }

    @Test
    void offersTheClerkACorrectionOfAPublishedReport() {
        ReportView published = new ReportView(AGENCY + "-2023", AGENCY, "某机关", "140525", 2023, "2021", "PUBLISHED",
                1, 1, "同意", 1, Map.of(), Map.of(), Map.of(), List.of(), null, 2, null, Instant.EPOCH);

        ReportStanding standing = ReportStanding.of(published, DEPARTMENT, CLERK, JANUARY_21_2024);
        assertThat(standing.label()).isEqualTo("已发布（第2版）");
        assertThat(standing.nextStep()).isEqualTo("如有错误，打开报告申请更正");
        assertThat(standing.deadline()).isNull();
    }

    private static ReportView report(String status, int approvedLevels, String comment, List<Violation> violations) {
        return new ReportView(AGENCY + "-2023", AGENCY, "某机关", "140525", 2023, "2021", status, 2, approvedLevels,
                comment, 1, Map.of(), Map.of(), Map.of(), violations, null, null, null, Instant.EPOCH);
    }
}
