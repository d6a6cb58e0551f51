package cn.govdisclosure.submission;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.submission.TestHttp.Answer;
import cn.govdisclosure.support.security.AuthenticatedUser;
import cn.govdisclosure.support.security.Role;
import cn.govdisclosure.support.security.TestTokens;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An agency that needs two sign-offs (科长, then 局长) before its report goes to validation. */
class ApprovalFlowIT extends SubmissionServiceTestBase {

    String reportId;
    TestHttp sectionChief;
    TestHttp director;

    @BeforeEach
    void agencyWithTwoApprovalLevels() {
        reportId = registerAgencyWithReport(2023);
        String creditCode = reportId.substring(0, 18);
        assertThat(admin.put("/api/agencies/" + creditCode + "/approval-levels", "{\"levels\": 2}").json()
                .get("approvalLevels").asInt()).isEqualTo(2);
        sectionChief = new TestHttp(port, TestTokens.approverOf(creditCode, 1));
        director = new TestHttp(port, TestTokens.approverOf(creditCode, 2));
        changeFigures(reportId, "{\"s3.received.total\": 0}", "录入");
    }

    @Test
    void onlyTheLastOfTwoSignOffsSendsTheReportToValidation() {
        assertThat(http.post("/api/reports/" + reportId + "/submit", "").json().get("status").asText())
                .isEqualTo("AWAITING_APPROVAL");

        Answer first = sectionChief.post("/api/reports/" + reportId + "/approve", "{\"comment\": \"数据已核\"}");
        Answer second = director.post("/api/reports/" + reportId + "/approve", "{\"comment\": \"同意公开\"}");

        assertThat(first.json().get("status").asText()).isEqualTo("AWAITING_APPROVAL");
        assertThat(first.json().get("approvedLevels").asInt()).isEqualTo(1);
        assertThat(second.json().get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(second.json().get("submissionNumber").asInt()).isEqualTo(1);
    }

    @Test
    void levelsAreSignedInOrderAndEachByAnotherPerson() {
        http.post("/api/reports/" + reportId + "/submit", "");

        Answer directorFirst = director.post("/api/reports/" + reportId + "/approve", "{}");
        sectionChief.post("/api/reports/" + reportId + "/approve", "{}");
        Answer sectionChiefAgain = sectionChief.post("/api/reports/" + reportId + "/approve", "{}");

        assertThat(directorFirst.status()).isEqualTo(403);
        assertThat(directorFirst.json().get("detail").asText()).contains("正待第1级审核");
        assertThat(sectionChiefAgain.status()).isEqualTo(403);
        assertThat(http.get("/api/reports/" + reportId).json().get("approvedLevels").asInt()).isEqualTo(1);
    }

    @Test
    void whoFilledInTheReportCannotSignItOff() {
        String creditCode = reportId.substring(0, 18);
        TestHttp clerkWhoIsAlsoApprover = new TestHttp(port, TestTokens.token(new AuthenticatedUser(
                "clerk-" + creditCode, Set.of(Role.CLERK, Role.APPROVER), creditCode, null, 1)));
        http.post("/api/reports/" + reportId + "/submit", "");

        Answer answer = clerkWhoIsAlsoApprover.post("/api/reports/" + reportId + "/approve", "{}");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().get("detail").asText()).isEqualTo("填报或修改过本报告的人员不能审核本报告");
    }

    @Test
    void aReportSentBackCarriesTheCommentAndMayBeChangedAndSubmittedAgain() {
        http.post("/api/reports/" + reportId + "/submit", "");
        sectionChief.post("/api/reports/" + reportId + "/approve", "{}");

        Answer returned = director.post("/api/reports/" + reportId + "/return", "{\"comment\": \"表四数字请再核实\"}");

        assertThat(returned.json().get("status").asText()).isEqualTo("DRAFT");
        assertThat(returned.json().get("lastComment").asText()).isEqualTo("表四数字请再核实");
        assertThat(changeFigures(reportId, "{\"s4.review.total\": 0}", "按审核意见修改").status()).isEqualTo(200);
        assertThat(http.post("/api/reports/" + reportId + "/submit", "").json().get("approvedLevels").asInt())
                .isZero();
        assertThat(director.post("/api/reports/" + reportId + "/return", "{}").json().get("field").asText())
                .isEqualTo("comment");
    }
}
