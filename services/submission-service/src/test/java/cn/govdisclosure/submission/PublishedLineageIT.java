package cn.govdisclosure.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.kernel.submission.MarkReportPublishedCommand;
import cn.govdisclosure.kernel.submission.RecordValidationOutcomeCommand;
import cn.govdisclosure.support.security.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** From a published version's figure back to its changes, the approvals and the outcome that cleared it. */
class PublishedLineageIT extends SubmissionServiceTestBase {

    private static final String CELL = "s4.review.total";

    String reportId;
    String creditCode;

    @BeforeEach
    void publishAReportWhoseCellWasCorrectedBeforeSubmission() {
        reportId = registerAgencyWithReport(2023);
        creditCode = reportId.substring(0, 18);
        changeFigures(reportId, "{\"" + CELL + "\": 2}", "录入");
        changeFigures(reportId, "{\"s4.review.upheld\": 1}", "录入维持");
        changeFigures(reportId, "{\"" + CELL + "\": 0}", "核对后更正");
        submit(reportId);
        TestTopics.send(Topics.SUBMISSION_COMMANDS, reportId, "validation:" + reportId + ":1", "validation-service",
                new RecordValidationOutcomeCommand(reportId, 1, reportId + "/1", "2021.2", List.of(), Instant.now()));
        awaitStatus("ACCEPTED");
        TestTopics.send(Topics.SUBMISSION_COMMANDS, reportId, "publication:" + reportId + ":1", "publication-service",
                new MarkReportPublishedCommand(reportId, 1, 1, "http://portal/v1", Instant.now()));
        awaitStatus("PUBLISHED");
    }

    @Test
    void showsTheChangesApprovalsAndValidationBehindAPublishedFigure() {
        TestHttp auditor = new TestHttp(port, TestTokens.auditor());

        JsonNode lineage = auditor.get(lineage(1, CELL)).json();

        assertThat(lineage.get("reportId").asText()).isEqualTo(reportId);
        assertThat(lineage.get("submissionNumber").asInt()).isEqualTo(1);
        assertThat(lineage.get("value").asInt()).isZero();
        JsonNode changes = lineage.get("changes");
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).get("details").get("changes").get(0).get("newValue").asInt()).isEqualTo(2);
        assertThat(changes.get(1).get("details").get("changes").get(0).get("oldValue").asInt()).isEqualTo(2);
        assertThat(changes.get(1).get("details").get("reason").asText()).isEqualTo("核对后更正");
        assertThat(kinds(lineage.get("approvals"))).containsExactly("SUBMITTED_FOR_APPROVAL", "APPROVED");
        assertThat(lineage.get("submission").get("kind").asText()).isEqualTo("SUBMITTED_TO_VALIDATION");
        assertThat(lineage.get("validation").get("kind").asText()).isEqualTo("ACCEPTED");
        assertThat(lineage.get("validation").get("user").asText()).isEqualTo("validation-service");
        assertThat(lineage.get("publication").get("kind").asText()).isEqualTo("PUBLISHED");
    }

    @Test
    void refusesUnknownVersionsAndCellsAndReadersOfOtherAgencies() {
        TestHttp auditor = new TestHttp(port, TestTokens.auditor());

        assertThat(auditor.get(lineage(2, CELL)).status()).isEqualTo(404);
        assertThat(auditor.get(lineage(1, "s9.nothing")).status()).isEqualTo(400);
        assertThat(new TestHttp(port, TestTokens.clerkOf(newCreditCode())).get(lineage(1, CELL)).status())
                .isEqualTo(403);
        assertThat(http.get(lineage(1, CELL)).status()).isEqualTo(200);
    }

    private String lineage(int version, String cell) {
        return "/api/audit/published/" + creditCode + "/2023/" + version + "/lineage?cell=" + cell;
    }

    private void awaitStatus(String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/reports/" + reportId),
                answer -> answer.json().get("status").asText().equals(status));
    }

    private static List<String> kinds(JsonNode entries) {
        List<String> kinds = new ArrayList<>();
        entries.forEach(entry -> kinds.add(entry.get("kind").asText()));
        return kinds;
    }
}
