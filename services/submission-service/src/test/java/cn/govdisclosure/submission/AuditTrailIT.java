package cn.govdisclosure.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.kernel.rules.Severity;
import cn.govdisclosure.kernel.rules.Violation;
import cn.govdisclosure.kernel.submission.RecordValidationOutcomeCommand;
import cn.govdisclosure.submission.TestHttp.Answer;
import cn.govdisclosure.support.security.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A report's audit trail over HTTP, read from the event store: history, the report at a point, differences. */
class AuditTrailIT extends SubmissionServiceTestBase {

    String reportId;
    String creditCode;
    TestHttp auditor;

    /** 0 created, 1-2 figures, 3 section, 4 for approval, 5 approved, 6 to validation, 7 rejected. */
    @BeforeEach
    void aReportFilledInCorrectedSignedOffAndRejected() {
        reportId = registerAgencyWithReport(2023);
        creditCode = reportId.substring(0, 18);
        auditor = new TestHttp(port, TestTokens.auditor());
        changeFigures(reportId, "{\"s4.review.total\": 1, \"s4.review.upheld\": 1}", "录入");
        changeFigures(reportId, "{\"s4.review.total\": 2}", "更正");
        http.putText("/api/reports/" + reportId + "/sections/other?reason=初次填报", "未收取信息处理费。");
        submit(reportId);
        Violation error = new Violation("T4-1", Severity.ERROR, List.of("s4.review.total"), "行政复议·总计不平衡");
        TestTopics.send(Topics.SUBMISSION_COMMANDS, reportId, "validation:" + reportId + ":1", "validation-service",
                new RecordValidationOutcomeCommand(reportId, 1, reportId + "/1", "2021.2", List.of(error),
                        Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> "REJECTED".equals(
                http.get("/api/reports/" + reportId).json().get("status").asText()));
    }

    @Test
    void theHistoryShowsEveryStepWithWhoWhenAndWhat() {
        Answer answer = auditor.get(history(""));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode history = answer.json();
        assertThat(texts(history, "kind")).containsExactly("CREATED", "FIGURES_CHANGED", "FIGURES_CHANGED",
                "SECTION_CHANGED", "SUBMITTED_FOR_APPROVAL", "APPROVED", "SUBMITTED_TO_VALIDATION", "REJECTED");
        assertThat(texts(history, "sequenceNumber")).containsExactly("0", "1", "2", "3", "4", "5", "6", "7");
        JsonNode correction = history.get(2);
        assertThat(correction.get("user").asText()).isEqualTo("clerk-" + creditCode);
        assertThat(correction.get("eventId").asText()).isNotBlank();
        assertThat(correction.get("recordedAt").asText()).isNotBlank();
        JsonNode change = correction.get("details").get("changes").get(0);
        assertThat(change.get("cellId").asText()).isEqualTo("s4.review.total");
        assertThat(change.get("label").asText()).isEqualTo("行政复议·总计");
        assertThat(change.get("oldValue").decimalValue()).isEqualByComparingTo("1");
        assertThat(change.get("newValue").decimalValue()).isEqualByComparingTo("2");
        assertThat(correction.get("details").get("reason").asText()).isEqualTo("更正");
        assertThat(history.get(5).get("user").asText()).isEqualTo("approver1-" + creditCode);
        assertThat(history.get(5).get("details").get("level").asInt()).isEqualTo(1);
        JsonNode rejection = history.get(7).get("details");
        assertThat(rejection.get("validationId").asText()).isEqualTo(reportId + "/1");
        assertThat(rejection.get("ruleSetVersion").asText()).isEqualTo("2021.2");
        assertThat(rejection.get("violations").get(0).get("ruleId").asText()).isEqualTo("T4-1");
    }

    @Test
    void theHistoryOfOneCellShowsItsChangesAndWhatBecameOfThem() {
        JsonNode history = auditor.get(history("?cell=s4.review.upheld")).json();

        assertThat(texts(history, "kind")).containsExactly("FIGURES_CHANGED", "SUBMITTED_FOR_APPROVAL", "APPROVED",
                "SUBMITTED_TO_VALIDATION", "REJECTED");
        assertThat(history.get(0).get("details").get("changes")).hasSize(1);
    }

    @Test
    void theHistoryCanBeNarrowedToOneUserAndAPeriod() {
        JsonNode all = auditor.get(history("")).json();
        String from = all.get(2).get("recordedAt").asText();
        String to = all.get(3).get("recordedAt").asText();

        JsonNode approvals = auditor.get(history("?user=approver1-" + creditCode)).json();
        JsonNode period = auditor.get(history("?from=" + from + "&to=" + to)).json();

        assertThat(texts(approvals, "kind")).containsExactly("APPROVED");
        assertThat(texts(period, "sequenceNumber")).containsExactly("2", "3");
    }

    @Test
    void theReportIsShownAsItStoodAfterAVersionOrAtATime() {
        JsonNode firstEntry = auditor.get(audit("/state?version=1")).json();
        String recordedAtSecondChange = auditor.get(history("")).json().get(2).get("recordedAt").asText();
        JsonNode afterCorrection = auditor.get(audit("/state?at=" + recordedAtSecondChange)).json();
        JsonNode now = auditor.get(audit("/state?version=7")).json();

        assertThat(firstEntry.get("status").asText()).isEqualTo("DRAFT");
        assertThat(firstEntry.get("figures").get("s4.review.total").decimalValue()).isEqualByComparingTo("1");
        assertThat(afterCorrection.get("version").asLong()).isEqualTo(2);
        assertThat(afterCorrection.get("figures").get("s4.review.total").decimalValue()).isEqualByComparingTo("2");
        assertThat(afterCorrection.get("sections")).isEmpty();
        assertThat(now.get("status").asText()).isEqualTo("REJECTED");
        assertThat(now.get("sections").get("other").asText()).isEqualTo("未收取信息处理费。");
        assertThat(now.get("violations").get(0).get("ruleId").asText()).isEqualTo("T4-1");
    }

    @Test
    void theDifferenceBetweenTwoPointsNamesEachChangedCellWithBothValues() {
        String recordedAtFirstEntry = auditor.get(history("")).json().get(1).get("recordedAt").asText();

        JsonNode diff = auditor.get(audit("/diff?from=" + recordedAtFirstEntry + "&to=7")).json();

        assertThat(diff.get("fromVersion").asLong()).isEqualTo(1);
        assertThat(diff.get("toVersion").asLong()).isEqualTo(7);
        assertThat(diff.get("cells")).hasSize(1);
        JsonNode cell = diff.get("cells").get(0);
        assertThat(cell.get("cellId").asText()).isEqualTo("s4.review.total");
        assertThat(cell.get("label").asText()).isEqualTo("行政复议·总计");
        assertThat(cell.get("from").decimalValue()).isEqualByComparingTo("1");
        assertThat(cell.get("to").decimalValue()).isEqualByComparingTo("2");
        assertThat(diff.get("sections").get(0).get("key").asText()).isEqualTo("other");
    }

    @Test
    void onlyThoseWhoMayReadTheReportSeeItsAuditTrail() {
        assertThat(http.get(history("")).status()).isEqualTo(200);
        assertThat(approver(reportId).get(history("")).status()).isEqualTo(200);
        assertThat(new TestHttp(port, TestTokens.supervisorOf("140525")).get(history("")).status()).isEqualTo(200);
        assertThat(new TestHttp(port, TestTokens.supervisorOf("110101")).get(history("")).status()).isEqualTo(403);
        assertThat(new TestHttp(port, TestTokens.clerkOf(newCreditCode())).get(history("")).status()).isEqualTo(403);
        assertThat(admin.get(history("")).status()).isEqualTo(403);
        assertThat(new TestHttp(port, null).get(history("")).status()).isEqualTo(401);
        assertThat(new TestHttp(port, TestTokens.supervisorOf("110101")).get(audit("/verify")).status())
                .isEqualTo(403);
    }

    @Test
    void badParametersAndUnknownReportsAreAnsweredWithProblemJson() {
        assertProblem(auditor.get("/api/audit/reports/" + newCreditCode() + "-2023/history"), 404, null);
        assertProblem(auditor.get("/api/audit/reports/" + creditCode + "/history"), 404, null);
        assertProblem(auditor.get(audit("/state")), 400, "at");
        assertProblem(auditor.get(audit("/state?version=8")), 400, "version");
        assertProblem(auditor.get(audit("/state?version=-1")), 400, "version");
        assertProblem(auditor.get(audit("/state?at=yesterday")), 400, "at");
        assertProblem(auditor.get(audit("/state?at=2000-01-01T00:00:00Z")), 404, null);
        assertProblem(auditor.get(audit("/diff?from=0&to=soon")), 400, "to");
        assertProblem(auditor.get(history("?cell=s9.nothing")), 400, "cell");
        assertProblem(auditor.get(history("?from=2024-02-01T00:00:00Z&to=2024-01-01T00:00:00Z")), 400, "from");
    }

    private void assertProblem(Answer answer, int status, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("detail").asText()).isNotBlank();
        if (field != null) {
            assertThat(answer.json().get("field").asText()).isEqualTo(field);
        }
    }

    private String history(String query) {
        return audit("/history" + query);
    }

    private String audit(String path) {
        return "/api/audit/reports/" + reportId + path;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.get(field).asText()));
        return texts;
    }
}
