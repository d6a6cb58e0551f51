package cn.govdisclosure.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.kernel.rules.Severity;
import cn.govdisclosure.kernel.rules.Violation;
import cn.govdisclosure.kernel.submission.MarkReportPublishedCommand;
import cn.govdisclosure.kernel.submission.RecordValidationOutcomeCommand;
import cn.govdisclosure.submission.TestHttp.Answer;
import cn.govdisclosure.submission.report.command.ChangeFiguresCommand;
import cn.govdisclosure.support.security.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every read model can be rebuilt from the event store: replaying all events through the projections' own handlers
 * yields exactly the rows the live projections wrote.
 */
class ReadModelRebuildIT extends SubmissionServiceTestBase {

    private static final String ALL_ROWS = """
            SELECT 'agency ' || row_to_json(a)::text FROM agency a
            UNION ALL SELECT 'report_view ' || row_to_json(r)::text FROM report_view r ORDER BY 1""";

    @Autowired CommandGateway commands;

    @Test
    void rebuildingTheReadModelsFromTheEventStoreReproducesThemByteForByte() {
        reportsInEveryState();
        List<String> before = jdbc.sql(ALL_ROWS).query(String.class).list();

        Answer rebuilt = admin.post("/api/audit/read-models/rebuild?apply=true", "");

        assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
        assertThat(rebuilt.json().get("applied").asBoolean()).isTrue();
        rebuilt.json().get("tables").forEach(table ->
                assertThat(table.get("differingRows").asLong()).as(table.toString()).isZero());
        assertThat(jdbc.sql(ALL_ROWS).query(String.class).list()).isEqualTo(before);
    }

    @Test
    void aDamagedReadModelIsFoundByACheckAndRepairedByARebuild() {
        String reportId = registerAgencyWithReport(2023);
        changeFigures(reportId, "{\"s4.review.total\": 3, \"s4.review.upheld\": 3}", "录入");
        List<String> intact = jdbc.sql(ALL_ROWS).query(String.class).list();
        jdbc.sql("UPDATE report_view SET figures = '{}', status = 'PUBLISHED' WHERE report_id = ?")
                .param(reportId).update();

        JsonNode check = admin.post("/api/audit/read-models/rebuild", "").json();

        assertThat(check.get("applied").asBoolean()).isFalse();
        assertThat(differingRows(check, "report_view")).isEqualTo(2);
        assertThat(http.get("/api/reports/" + reportId).json().get("status").asText()).isEqualTo("PUBLISHED");

        JsonNode repair = admin.post("/api/audit/read-models/rebuild?apply=true", "").json();

        assertThat(repair.get("applied").asBoolean()).isTrue();
        assertThat(jdbc.sql(ALL_ROWS).query(String.class).list()).isEqualTo(intact);
        assertThat(http.get("/api/reports/" + reportId).json().get("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void onlyAnAdministratorMayRebuildTheReadModels() {
        registerAgencyWithReport(2023);

        assertThat(http.post("/api/audit/read-models/rebuild", "").status()).isEqualTo(403);
    }

    /**
     * Replays a store of a thousand events and more, a second time so that the code is warm, and prints the rate;
     * the README quotes the figure. Events are
     * appended through the command gateway, as HTTP would, only faster.
     */
    @Test
    void theWholeEventStoreIsReplayedAndItsRateReported() {
        for (int report = 0; report < 20; report++) {
            String reportId = registerAgencyWithReport(2022);
            for (int change = 1; change <= 60; change++) {
                commands.sendAndWait(new ChangeFiguresCommand(reportId, Map.of("s4.review.total",
                        BigDecimal.valueOf(change)), "录入第" + change + "次", "clerk-" + reportId.substring(0, 18),
                        Instant.now()));
            }
        }

        admin.post("/api/audit/read-models/rebuild", "");
        JsonNode check = admin.post("/api/audit/read-models/rebuild", "").json();

        System.out.printf("Read-model rebuild: %d events replayed in %d ms, %d events/s%n",
                check.get("events").asLong(), check.get("millis").asLong(), check.get("eventsPerSecond").asLong());
        assertThat(check.get("events").asLong()).isGreaterThan(1200);
        assertThat(check.get("consistent").asBoolean()).isTrue();
    }

    /** Reports that are drafts, awaiting approval, rejected and published, with sections and explanations. */
    private void reportsInEveryState() {
        String draft = registerAgencyWithReport(2023);
        changeFigures(draft, "{\"s4.review.total\": 1, \"s2.fees.amount\": 0.25}", "录入");
        http.putText("/api/reports/" + draft + "/sections/other?reason=初次填报", "未收取信息处理费。");

        String awaiting = registerAgencyWithReport(2023);
        changeFigures(awaiting, "{\"s4.review.total\": 0}", "录入");
        assertThat(http.post("/api/reports/" + awaiting + "/submit", "").status()).isEqualTo(202);

        String rejected = registerAgencyWithReport(2023);
        changeFigures(rejected, "{\"s4.review.total\": 1}", "录入");
        submit(rejected);
        TestTopics.send(Topics.SUBMISSION_COMMANDS, rejected, "validation:" + rejected + ":1", "validation-service",
                new RecordValidationOutcomeCommand(rejected, 1, rejected + "/1", "2021.2", List.of(new Violation(
                        "T3-5", Severity.WARNING, List.of("s3.received.naturalPerson"), "表三未填写")), Instant.now()));
        awaitStatus(rejected, "REJECTED");
        http.putText("/api/reports/" + rejected + "/explanations/T3-5", "已逐项核实。");

        String published = registerAgencyWithReport(2023);
        changeFigures(published, "{\"s4.review.total\": 0}", "录入");
        submit(published);
        TestTopics.send(Topics.SUBMISSION_COMMANDS, published, "validation:" + published + ":1",
                "validation-service", new RecordValidationOutcomeCommand(published, 1, published + "/1", "2021.2",
                        List.of(), Instant.now()));
        awaitStatus(published, "ACCEPTED");
        TestTopics.send(Topics.SUBMISSION_COMMANDS, published, "publication:" + published + ":1",
                "publication-service", new MarkReportPublishedCommand(published, 1, 1, "http://portal/v1",
                        Instant.now()));
        awaitStatus(published, "PUBLISHED");
    }

    private void awaitStatus(String reportId, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> status.equals(
                new TestHttp(port, TestTokens.auditor()).get("/api/reports/" + reportId).json().get("status").asText()));
    }

    private static long differingRows(JsonNode result, String table) {
        for (JsonNode entry : result.get("tables")) {
            if (entry.get("table").asText().equals(table)) {
                return entry.get("differingRows").asLong();
            }
        }
        throw new AssertionError("no table " + table + " in " + result);
    }
}
