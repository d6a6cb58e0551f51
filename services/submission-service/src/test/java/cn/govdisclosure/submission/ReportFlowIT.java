package cn.govdisclosure.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.govdisclosure.kernel.messaging.MessageCodec;
import cn.govdisclosure.kernel.messaging.MessageHeaders;
import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.kernel.rules.Severity;
import cn.govdisclosure.kernel.rules.Violation;
import cn.govdisclosure.kernel.submission.MarkReportPublishedCommand;
import cn.govdisclosure.kernel.submission.RecordValidationOutcomeCommand;
import cn.govdisclosure.kernel.submission.ReportAcceptedEvent;
import cn.govdisclosure.kernel.submission.ReportSubmittedEvent;
import cn.govdisclosure.submission.TestHttp.Answer;
import cn.govdisclosure.support.security.AuthenticatedUser;
import cn.govdisclosure.support.security.Role;
import cn.govdisclosure.support.security.TestTokens;
import java.util.Set;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The submission service on real PostgreSQL and Kafka: HTTP in, integration events out, commands back in. */
class ReportFlowIT extends SubmissionServiceTestBase {

    @org.springframework.beans.factory.annotation.Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    String reportId;

    @BeforeEach
    void registerAgencyWithA2023Report() {
        reportId = registerAgencyWithReport(2023);
    }

    @Test
    void aSubmittedReportIsPublishedOnKafkaWithWhatWasEntered() {
        changeFigures("""
                {"s4.review.upheld": 1, "s4.review.total": 1, "s2.fees.amount": 0.25}""", "录入");
        http.putText("/api/reports/" + reportId + "/sections/other?reason=初次填报", "未收取信息处理费。");

        Answer submitted = submit(reportId);

        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.json().get("status").asText()).isEqualTo("SUBMITTED");
        ConsumerRecord<String, byte[]> record = await().atMost(Duration.ofSeconds(30))
                .until(() -> TestTopics.read(Topics.SUBMISSION_EVENTS, reportId), records -> !records.isEmpty())
                .get(0);
        assertThat(TestTopics.header(record, MessageHeaders.MESSAGE_TYPE)).isEqualTo("submission.ReportSubmitted");
        assertThat(TestTopics.header(record, MessageHeaders.SENDER)).isEqualTo("submission-service");
        ReportSubmittedEvent event = (ReportSubmittedEvent) MessageCodec.decode("submission.ReportSubmitted", "1",
                record.value());
        assertThat(event.submissionNumber()).isEqualTo(1);
        assertThat(event.agencyKind()).as("the kind the agency was registered with").isEqualTo("DEPARTMENT");
        assertThat(event.content().figures()).containsEntry("s4.review.total", BigDecimal.ONE)
                .containsEntry("s2.fees.amount", new BigDecimal("0.25")).hasSize(3);
        assertThat(event.content().sections()).containsEntry("other", "未收取信息处理费。");
    }

    @Test
    void aRejectedReportShowsItsViolationsAndCanBeCorrectedAndSubmittedAgain() {
        changeFigures("{\"s4.review.total\": 1}", "录入");
        submit(reportId);
        Violation error = new Violation("T4-1", Severity.ERROR, List.of("s4.review.total"), "行政复议·总计不平衡");
        RecordValidationOutcomeCommand rejection = new RecordValidationOutcomeCommand(reportId, 1, reportId + "/1",
                "2021.1", List.of(error), Instant.now());

        TestTopics.send(Topics.SUBMISSION_COMMANDS, reportId, "validation:" + reportId + ":1", "validation-service",
                rejection);

        Answer rejected = awaitStatus("REJECTED");
        assertThat(rejected.json().get("violations").get(0).get("ruleId").asText()).isEqualTo("T4-1");
        assertThat(rejected.json().get("violations").get(0).get("cells").get(0).asText()).isEqualTo("s4.review.total");
        assertThat(changeFigures("{\"s4.review.upheld\": 1}", "更正").status()).isEqualTo(200);
        assertThat(submit(reportId).json().get("submissionNumber").asInt())
                .isEqualTo(2);
    }

    @Test
    void anAcceptedReportIsHandedToPublicationAndMarkedPublished() {
        changeFigures("{\"s4.review.total\": 0}", "录入");
        submit(reportId);
        TestTopics.send(Topics.SUBMISSION_COMMANDS, reportId, "validation:" + reportId + ":1", "validation-service",
                new RecordValidationOutcomeCommand(reportId, 1, reportId + "/1", "2021.1", List.of(), Instant.now()));
        awaitStatus("ACCEPTED");
        ConsumerRecord<String, byte[]> accepted = await().atMost(Duration.ofSeconds(30))
                .until(() -> TestTopics.read(Topics.SUBMISSION_EVENTS, reportId), records -> records.size() == 2)
                .get(1);
        ReportAcceptedEvent event = (ReportAcceptedEvent) MessageCodec.decode("submission.ReportAccepted", "1",
                accepted.value());
        assertThat(event.content().figures()).containsEntry("s4.review.total", BigDecimal.ZERO);
        assertThat(event.auditHeadHash()).isEqualTo(jdbc.sql("""
                SELECT encode(hash, 'hex') FROM event_chain
                 WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1""")
                .param(reportId).query(String.class).single());

        TestTopics.send(Topics.SUBMISSION_COMMANDS, reportId, "publication:" + reportId + ":1", "publication-service",
                new MarkReportPublishedCommand(reportId, 1, 1, "http://portal/v1", Instant.now()));

        Answer published = awaitStatus("PUBLISHED");
        assertThat(published.json().get("publishedUrl").asText()).isEqualTo("http://portal/v1");
        assertThat(changeFigures("{\"s4.review.total\": 1}", "发布后修改").status()).isEqualTo(409);
    }

    @Test
    void aWarningLeftUnexplainedRejectsTheReportUntilTheClerkExplainsIt() {
        String explanation = "表三空白栏目为本年度未发生事项，已逐项核实。";
        changeFigures("{\"s3.received.total\": 0}", "录入");
        submit(reportId);
        Violation blanks = new Violation("T3-5", Severity.WARNING, List.of("s3.received.naturalPerson"),
                "表三未填写：一、本年新收政府信息公开申请数量·自然人");
        TestTopics.send(Topics.SUBMISSION_COMMANDS, reportId, "validation:" + reportId + ":1", "validation-service",
                new RecordValidationOutcomeCommand(reportId, 1, reportId + "/1", "2021.2", List.of(blanks),
                        Instant.now()));

        Answer rejected = awaitStatus("REJECTED");
        assertThat(rejected.json().get("violations").get(0).get("severity").asText()).isEqualTo("WARNING");
        assertThat(rejected.json().get("violations").get(0).hasNonNull("explanation")).isFalse();

        Answer explained = http.putText("/api/reports/" + reportId + "/explanations/T3-5", explanation);

        assertThat(explained.status()).isEqualTo(200);
        assertThat(explained.json().get("explanations").get("T3-5").asText()).isEqualTo(explanation);
        assertThat(explained.json().get("status").asText()).isEqualTo("REJECTED");
        assertThat(submit(reportId).json().get("submissionNumber").asInt())
                .isEqualTo(2);
        ReportSubmittedEvent resubmitted = (ReportSubmittedEvent) MessageCodec.decode("submission.ReportSubmitted",
                "1", await().atMost(Duration.ofSeconds(30))
                        .until(() -> TestTopics.read(Topics.SUBMISSION_EVENTS, reportId), records -> records.size() == 2)
                        .get(1).value());
        assertThat(resubmitted.submissionNumber()).isEqualTo(2);
        assertThat(resubmitted.content().explanations()).containsExactly(Map.entry("T3-5", explanation));

        TestTopics.send(Topics.SUBMISSION_COMMANDS, reportId, "validation:" + reportId + ":2", "validation-service",
                new RecordValidationOutcomeCommand(reportId, 2, reportId + "/2", "2021.2",
                        List.of(blanks.explainedBy(explanation)), Instant.now()));

        Answer accepted = awaitStatus("ACCEPTED");
        assertThat(accepted.json().get("violations").get(0).get("explanation").asText()).isEqualTo(explanation);
        ReportAcceptedEvent handedOver = (ReportAcceptedEvent) MessageCodec.decode("submission.ReportAccepted", "1",
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> TestTopics.read(Topics.SUBMISSION_EVENTS, reportId), records -> records.size() == 3)
                        .get(2).value());
        assertThat(handedOver.warnings()).extracting(Violation::explanation).containsExactly(explanation);
        assertThat(handedOver.content().explanations()).containsExactly(Map.entry("T3-5", explanation));
    }

    @Test
    void theHistoryOfAnExplanationShowsWhoChangedItWhenAndFromWhatToWhat() {
        http.putText("/api/reports/" + reportId + "/explanations/X-4", "复议案件系上年度申请引起");
        new TestHttp(port, TestTokens.token(new AuthenticatedUser("head-of-office", Set.of(Role.CLERK),
                reportId.substring(0, 18), null, null))).putText("/api/reports/" + reportId + "/explanations/X-4",
                "两件行政复议均系2022年度申请引起，当年已报");
        Answer withdrawn = http.putText("/api/reports/" + reportId + "/explanations/X-4", "");

        Answer history = http.get("/api/reports/" + reportId + "/explanations/X-4/history");

        assertThat(withdrawn.json().get("explanations").size()).isZero();
        assertThat(history.json()).hasSize(3);
        assertThat(history.json().get(0).hasNonNull("oldText")).isFalse();
        assertThat(history.json().get(1).get("oldText").asText()).isEqualTo("复议案件系上年度申请引起");
        assertThat(history.json().get(1).get("newText").asText()).isEqualTo("两件行政复议均系2022年度申请引起，当年已报");
        assertThat(history.json().get(1).get("explainedBy").asText()).isEqualTo("head-of-office");
        assertThat(history.json().get(2).hasNonNull("newText")).isFalse();
        assertThat(http.get("/api/reports/" + reportId + "/explanations/T3-5/history").json()).isEmpty();
    }

    @Test
    void aCommandDeliveredTwiceChangesNothing() {
        submit(reportId);
        RecordValidationOutcomeCommand rejection = new RecordValidationOutcomeCommand(reportId, 1, reportId + "/1",
                "2021.1", List.of(new Violation("T2-1", Severity.ERROR, List.of(), "缺项")), Instant.now());
        TestTopics.send(Topics.SUBMISSION_COMMANDS, reportId, "validation:" + reportId + ":1", "validation-service",
                rejection);
        awaitStatus("REJECTED");
        long events = eventsOf(reportId);

        TestTopics.send(Topics.SUBMISSION_COMMANDS, reportId, "validation:" + reportId + ":1", "validation-service",
                rejection);

        await().atMost(Duration.ofSeconds(30)).until(() -> processed("validation:" + reportId + ":1") == 1
                && consumerCaughtUp());
        assertThat(eventsOf(reportId)).isEqualTo(events);
    }

    @Test
    void commandsFromUntrustedSendersAreRefusedCountedAndDeadLettered() {
        submit(reportId);
        RecordValidationOutcomeCommand acceptance = new RecordValidationOutcomeCommand(reportId, 1, "forged",
                "2021.1", List.of(), Instant.now());
        double refusedBefore = refused();

        TestTopics.send(Topics.SUBMISSION_COMMANDS, reportId, "wrong-sender:" + reportId, "publication-service",
                acceptance);
        TestTopics.sendSigned(Topics.SUBMISSION_COMMANDS, reportId, "unsigned:" + reportId, "validation-service",
                acceptance, null);
        TestTopics.sendSigned(Topics.SUBMISSION_COMMANDS, reportId, "forged:" + reportId, "validation-service",
                acceptance, "a-guessed-secret");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> TestTopics.read(Topics.deadLetterTopicOf(Topics.SUBMISSION_COMMANDS), reportId),
                        records -> records.size() == 3);
        assertThat(refused() - refusedBefore).isEqualTo(3.0);
        assertThat(http.get("/api/reports/" + reportId).json().get("status").asText()).isEqualTo("SUBMITTED");
    }

    private double refused() {
        return meters.find("messaging.refused").counters().stream()
                .mapToDouble(io.micrometer.core.instrument.Counter::count).sum();
    }

    @Test
    void theHistoryOfACellShowsWhoChangedItWhenFromWhatToWhatAndWhy() {
        changeFigures("{\"s3.received.naturalPerson\": 3}", "录入");
        changeFigures("{\"s3.received.naturalPerson\": 4}", "补录一件遗漏的申请");

        Answer history = http.get("/api/reports/" + reportId + "/figures/s3.received.naturalPerson/history");

        assertThat(history.json()).hasSize(2);
        assertThat(history.json().get(1).get("oldValue").asInt()).isEqualTo(3);
        assertThat(history.json().get(1).get("newValue").asInt()).isEqualTo(4);
        assertThat(history.json().get(1).get("reason").asText()).isEqualTo("补录一件遗漏的申请");
        assertThat(history.json().get(1).get("changedBy").asText()).isEqualTo("clerk-" + reportId.substring(0, 18));
    }

    private Answer changeFigures(String changes, String reason) {
        return changeFigures(reportId, changes, reason);
    }

    private Answer awaitStatus(String status) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/reports/" + reportId),
                answer -> answer.json().get("status").asText().equals(status));
    }

    private long eventsOf(String aggregateId) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?").param(aggregateId)
                .query(Long.class).single();
    }

    private long processed(String messageId) {
        return jdbc.sql("SELECT count(*) FROM processed_message WHERE message_id = ?").param(messageId)
                .query(Long.class).single();
    }

    /** The listener commits offsets only after handling; with every offset committed, both deliveries were handled. */
    private boolean consumerCaughtUp() {
        return KafkaLag.of("submission-service", Topics.SUBMISSION_COMMANDS) == 0;
    }

}
