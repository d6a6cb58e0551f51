package cn.govdisclosure.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.govdisclosure.kernel.messaging.MessageCodec;
import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.kernel.rules.Severity;
import cn.govdisclosure.kernel.rules.Violation;
import cn.govdisclosure.kernel.submission.MarkReportPublishedCommand;
import cn.govdisclosure.kernel.submission.RecordValidationOutcomeCommand;
import cn.govdisclosure.kernel.submission.ReportAcceptedEvent;
import cn.govdisclosure.submission.TestHttp.Answer;
import cn.govdisclosure.support.security.AuthenticatedUser;
import cn.govdisclosure.support.security.Role;
import cn.govdisclosure.support.security.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A report's whole life as the auditor sees it: edited by two clerks, rejected, corrected and published, then opened
 * for a correction after publication and published again.
 */
class CorrectionFlowIT extends SubmissionServiceTestBase {

    @Test
    void theHistoryShowsEveryStepOfAReportEditedByTwoUsersRejectedCorrectedAndPublishedTwice() {
        String reportId = registerAgencyWithReport(2023);
        String creditCode = reportId.substring(0, 18);
        TestHttp secondClerk = new TestHttp(port, TestTokens.token(new AuthenticatedUser("second-clerk",
                Set.of(Role.CLERK), creditCode, null, null)));
        changeFigures(reportId, "{\"s3.received.total\": 3}", "录入");
        secondClerk.put("/api/reports/" + reportId + "/figures",
                "{\"changes\": {\"s2.fees.amount\": 12}, \"reason\": \"补录收费\"}");
        submit(reportId);
        validate(reportId, 1, new Violation("T3-1", Severity.ERROR, List.of("s3.received.total"), "不平衡"));
        awaitStatus(reportId, "REJECTED");
        changeFigures(reportId, "{\"s3.received.total\": 0}", "按校验意见更正");
        submit(reportId);
        validate(reportId, 2);
        awaitStatus(reportId, "ACCEPTED");
        publish(reportId, 2, 1);
        awaitStatus(reportId, "PUBLISHED");

        Answer opened = http.post("/api/reports/" + reportId + "/corrections", "{\"reason\": \"收费金额单位有误\"}");
        assertThat(opened.json().get("status").asText()).isEqualTo("UNDER_CORRECTION");
        changeFigures(reportId, "{\"s2.fees.amount\": 0.12}", "按万元更正");
        submit(reportId);
        validate(reportId, 3);
        ReportAcceptedEvent correction = await().atMost(Duration.ofSeconds(30)).until(
                () -> acceptances(reportId), acceptances -> acceptances.size() == 2).get(1);
        assertThat(correction.correctionReason()).isEqualTo("收费金额单位有误");
        publish(reportId, 3, 2);
        assertThat(awaitStatus(reportId, "PUBLISHED").get("publishedVersion").asInt()).isEqualTo(2);

        JsonNode history = new TestHttp(port, TestTokens.auditor()).get("/api/audit/reports/" + reportId + "/history")
                .json();
        List<String> steps = new ArrayList<>();
        history.forEach(entry -> steps.add(entry.get("kind").asText() + " by " + entry.get("user").asText()));
        String clerk = "clerk-" + creditCode;
        String approver = "approver1-" + creditCode;
        assertThat(steps).containsExactly(
                "CREATED by " + clerk,
                "FIGURES_CHANGED by " + clerk,
                "FIGURES_CHANGED by second-clerk",
                "SUBMITTED_FOR_APPROVAL by " + clerk,
                "APPROVED by " + approver,
                "SUBMITTED_TO_VALIDATION by " + clerk,
                "REJECTED by validation-service",
                "FIGURES_CHANGED by " + clerk,
                "SUBMITTED_FOR_APPROVAL by " + clerk,
                "APPROVED by " + approver,
                "SUBMITTED_TO_VALIDATION by " + clerk,
                "ACCEPTED by validation-service",
                "PUBLISHED by publication-service",
                "CORRECTION_OPENED by " + clerk,
                "FIGURES_CHANGED by " + clerk,
                "SUBMITTED_FOR_APPROVAL by " + clerk,
                "APPROVED by " + approver,
                "SUBMITTED_TO_VALIDATION by " + clerk,
                "ACCEPTED by validation-service",
                "PUBLISHED by publication-service");
    }

    @Test
    void onlyAPublishedReportIsOpenedForACorrection() {
        String reportId = registerAgencyWithReport(2023);

        Answer answer = http.post("/api/reports/" + reportId + "/corrections", "{\"reason\": \"更正\"}");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().get("detail").asText()).isEqualTo("只有已发布的报告可以更正");
        assertThat(http.post("/api/reports/" + reportId + "/corrections", "{}").json().get("field").asText())
                .isEqualTo("reason");
    }

    private void validate(String reportId, int submission, Violation... violations) {
        TestTopics.send(Topics.SUBMISSION_COMMANDS, reportId, "validation:" + reportId + ":" + submission,
                "validation-service", new RecordValidationOutcomeCommand(reportId, submission,
                        reportId + "/" + submission, "2021.2", List.of(violations), Instant.now()));
    }

    private void publish(String reportId, int submission, int version) {
        TestTopics.send(Topics.SUBMISSION_COMMANDS, reportId, "publication:" + reportId + ":" + submission,
                "publication-service", new MarkReportPublishedCommand(reportId, submission, version,
                        "http://portal/v" + version, Instant.now()));
    }

    private JsonNode awaitStatus(String reportId, String status) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/reports/" + reportId).json(),
                report -> report.get("status").asText().equals(status));
    }

    private static List<ReportAcceptedEvent> acceptances(String reportId) {
        return TestTopics.read(Topics.SUBMISSION_EVENTS, reportId).stream()
                .filter(record -> TestTopics.header(record, "message-type").equals("submission.ReportAccepted"))
                .map(record -> (ReportAcceptedEvent) MessageCodec.decode("submission.ReportAccepted", "1",
                        record.value()))
                .toList();
    }
}
