package cn.govdisclosure.validation;

import static cn.govdisclosure.validation.SubmissionFixtures.DISPUTES_EXPLAINED;
import static cn.govdisclosure.validation.SubmissionFixtures.accepted;
import static cn.govdisclosure.validation.SubmissionFixtures.exampleReportSubmitted;
import static cn.govdisclosure.validation.SubmissionFixtures.reportOfAgency;
import static cn.govdisclosure.validation.SubmissionFixtures.submitted;
import static cn.govdisclosure.validation.SubmissionFixtures.unbalancedReportSubmitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

import cn.govdisclosure.kernel.KernelFixtures;
import cn.govdisclosure.kernel.agency.AgencyKind;
import cn.govdisclosure.kernel.format.ReportFormats;
import cn.govdisclosure.kernel.messaging.MessageCodec;
import cn.govdisclosure.kernel.messaging.MessageHeaders;
import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.kernel.rules.RuleSet;
import cn.govdisclosure.kernel.rules.Severity;
import cn.govdisclosure.kernel.rules.Violation;
import cn.govdisclosure.kernel.submission.RecordValidationOutcomeCommand;
import cn.govdisclosure.kernel.submission.ReportSubmittedEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Submitted reports in on {@code submission.events}, validation outcomes out on {@code submission.commands}. */
class SubmissionValidationIT extends RunningValidationService {

    private static final String EXAMPLE_REPORT = reportOfAgency(1);
    private static final String UNBALANCED_REPORT = reportOfAgency(2);
    private static final String REDELIVERED_REPORT = reportOfAgency(3);
    private static final String POISONED_REPORT = reportOfAgency(4);
    private static final String UNKNOWN_FORMAT_REPORT = reportOfAgency(5);
    private static final String ACCEPTED_REPORT = reportOfAgency(6);
    private static final String UNEXPLAINED_REPORT = reportOfAgency(7);
    private static final String GOVERNMENT_IN_MARCH = reportOfAgency(8);
    private static final String DEPARTMENT_IN_MARCH = reportOfAgency(9);

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcClient jdbc;

    @Test
    void acceptsTheExampleReportWithItsExplainedWarningAndSaysTheYearBeforeIsUnknown() {
        publish(exampleReportSubmitted(EXAMPLE_REPORT, 1));

        ConsumerRecord<String, byte[]> record = awaitOutcomes(EXAMPLE_REPORT, 1).get(0);

        RecordValidationOutcomeCommand outcome = outcome(record);
        assertThat(outcome.accepted()).isTrue();
        assertThat(outcome.violations()).extracting(Violation::ruleId, Violation::severity).containsExactly(
                tuple("X-4", Severity.WARNING), tuple("T2-3", Severity.INFO), tuple("T2-4", Severity.INFO),
                tuple("T3-6", Severity.INFO));
        assertThat(outcome.violations().get(0).explanation()).isEqualTo(DISPUTES_EXPLAINED);
        assertThat(outcome.violations().get(3).message()).isEqualTo("2022年度报告未知，未核对上年结转申请数量");
        assertThat(outcome.submissionNumber()).isEqualTo(1);
        assertThat(outcome.ruleSetVersion()).isEqualTo(RuleSet.VERSION);
        assertThat(outcome.validatedAt()).isEqualTo(NOW);
        assertThat(SubmissionTopics.header(record, MessageHeaders.MESSAGE_ID))
                .isEqualTo("validation:" + EXAMPLE_REPORT + ":1");
        assertThat(SubmissionTopics.header(record, MessageHeaders.MESSAGE_TYPE))
                .isEqualTo("submission.RecordValidationOutcome");
        assertThat(SubmissionTopics.header(record, MessageHeaders.MESSAGE_REVISION)).isEqualTo("1");
        assertThat(SubmissionTopics.header(record, MessageHeaders.SENDER)).isEqualTo("validation-service");
    }

    @Test
    void judgesTheDeadlineByTheKindOfAgencyTheSubmissionNames() {
        Instant inMarch = Instant.parse("2024-03-20T02:00:00Z");
        ReportSubmittedEvent government = exampleReportSubmitted(GOVERNMENT_IN_MARCH, 1);
        ReportSubmittedEvent department = exampleReportSubmitted(DEPARTMENT_IN_MARCH, 1);
        publish(new ReportSubmittedEvent(government.reportId(), government.creditCode(), "泽州县人民政府",
                government.regionCode(), 2023, "2021", 1, government.content(), "clerk", inMarch,
                AgencyKind.PEOPLES_GOVERNMENT.name()));
        publish(new ReportSubmittedEvent(department.reportId(), department.creditCode(), department.agencyName(),
                department.regionCode(), 2023, "2021", 1, department.content(), "clerk", inMarch,
                AgencyKind.DEPARTMENT.name()));

        RecordValidationOutcomeCommand ofTheGovernment = outcome(awaitOutcomes(GOVERNMENT_IN_MARCH, 1).get(0));
        RecordValidationOutcomeCommand ofTheDepartment = outcome(awaitOutcomes(DEPARTMENT_IN_MARCH, 1).get(0));

        assertThat(ofTheGovernment.violations()).extracting(Violation::ruleId).doesNotContain("X-3");
        assertThat(ofTheGovernment.accepted()).isTrue();
        assertThat(ofTheDepartment.violations()).filteredOn(violation -> violation.ruleId().equals("X-3"))
                .singleElement().satisfies(late -> assertThat(late.message())
                        .startsWith("报告应于2024年1月31日前公布（部门等行政机关），本次提交日期为2024年3月20日"));
        assertThat(ofTheDepartment.accepted()).as("an unexplained warning blocks").isFalse();
    }

    @Test
    void rejectsAReportWithoutNarrativeOrExplanationForEachUnexplainedWarning() {
        publish(submitted(UNEXPLAINED_REPORT, 1, "2021", KernelFixtures.zezhouContent2023(ReportFormats.FORMAT_2021)));

        RecordValidationOutcomeCommand outcome = outcome(awaitOutcomes(UNEXPLAINED_REPORT, 1).get(0));

        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.violations()).filteredOn(violation -> violation.severity() == Severity.WARNING)
                .extracting(Violation::ruleId).containsExactly("X-1", "X-1", "X-1", "X-1", "X-4");
        assertThat(outcome.violations()).extracting(Violation::explanation).containsOnlyNulls();
        assertThat(storedOutcome(UNEXPLAINED_REPORT)).isEqualTo("REJECTED");
    }

    @Test
    void rejectsAnUnbalancedTableThreeNamingTheCells() {
        publish(unbalancedReportSubmitted(UNBALANCED_REPORT, 1));

        RecordValidationOutcomeCommand outcome = outcome(awaitOutcomes(UNBALANCED_REPORT, 1).get(0));

        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.violations()).filteredOn(violation -> violation.severity() == Severity.ERROR)
                .extracting(Violation::ruleId).containsExactly("T3-1", "T3-1");
        assertThat(outcome.violations().get(0).cells()).containsExactlyInAnyOrder("s3.received.naturalPerson",
                "s3.carriedOver.naturalPerson", "s3.totalHandled.naturalPerson", "s3.carriedForward.naturalPerson");
        assertThat(outcome.violations().get(0).message()).endsWith("应为 5，实为 4");
    }

    @Test
    void validatesARedeliveredSubmissionOnceButAnswersEveryDelivery() {
        double acceptedBefore = validations("accepted");

        publish(exampleReportSubmitted(REDELIVERED_REPORT, 1));
        publish(exampleReportSubmitted(REDELIVERED_REPORT, 1));

        List<ConsumerRecord<String, byte[]>> records = awaitOutcomes(REDELIVERED_REPORT, 2);
        assertThat(records).extracting(record -> SubmissionTopics.header(record, MessageHeaders.MESSAGE_ID))
                .containsOnly("validation:" + REDELIVERED_REPORT + ":1");
        assertThat(outcome(records.get(1))).isEqualTo(outcome(records.get(0)));
        assertThat(storedRuns(REDELIVERED_REPORT)).isEqualTo(1);
        assertThat(validations("accepted") - acceptedBefore).isEqualTo(1.0);
    }

    @Test
    void parksUnreadableMessagesInTheDeadLetterTopicAndCarriesOn() {
        double deadLettersBefore = deadLetters();

        topics.publishRaw(Topics.SUBMISSION_EVENTS, POISONED_REPORT, headers("submission.ReportSubmitted"),
                "not json".getBytes(StandardCharsets.UTF_8));
        topics.publishRaw(Topics.SUBMISSION_EVENTS, POISONED_REPORT, Map.of(MessageHeaders.MESSAGE_ID, "untyped"),
                MessageCodec.encode(exampleReportSubmitted(POISONED_REPORT, 1)));
        publish(exampleReportSubmitted(POISONED_REPORT, 1));

        assertThat(outcome(awaitOutcomes(POISONED_REPORT, 1).get(0)).accepted()).isTrue();
        List<ConsumerRecord<String, byte[]>> parked = await().atMost(PATIENCE).pollInSameThread().until(
                () -> topics.recordsOn(Topics.deadLetterTopicOf(Topics.SUBMISSION_EVENTS), POISONED_REPORT),
                hasSize(2));
        assertThat(new String(parked.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("not json");
        assertThat(deadLetters() - deadLettersBefore).isEqualTo(2.0);
    }

    @Test
    void parksASubmissionInAnUnknownFormatWithoutStoringARun() {
        publish(submitted(UNKNOWN_FORMAT_REPORT, 1, "1999",
                KernelFixtures.zezhouContent2023(ReportFormats.FORMAT_2021)));

        await().atMost(PATIENCE).pollInSameThread().until(
                () -> topics.recordsOn(Topics.deadLetterTopicOf(Topics.SUBMISSION_EVENTS), UNKNOWN_FORMAT_REPORT),
                hasSize(1));
        assertThat(storedRuns(UNKNOWN_FORMAT_REPORT)).isZero();
        assertThat(topics.recordsOn(Topics.SUBMISSION_COMMANDS, UNKNOWN_FORMAT_REPORT)).isEmpty();
    }

    @Test
    void ignoresOtherEventsOnTheTopic() {
        topics.publish(Topics.SUBMISSION_EVENTS, ACCEPTED_REPORT, "submission:accepted:" + ACCEPTED_REPORT,
                accepted(ACCEPTED_REPORT));
        publish(exampleReportSubmitted(ACCEPTED_REPORT, 1));

        // Same key, same partition: once the submission is answered, the accepted event before it was handled too.
        assertThat(awaitOutcomes(ACCEPTED_REPORT, 1)).hasSize(1);
        assertThat(topics.recordsOn(Topics.deadLetterTopicOf(Topics.SUBMISSION_EVENTS), ACCEPTED_REPORT)).isEmpty();
    }

    private static Map<String, String> headers(String type) {
        return Map.of(MessageHeaders.MESSAGE_ID, "poison:" + type, MessageHeaders.MESSAGE_TYPE, type,
                MessageHeaders.MESSAGE_REVISION, "1", MessageHeaders.SENDER, "submission-service");
    }

    private long storedRuns(String reportId) {
        return jdbc.sql("SELECT count(*) FROM validation_run WHERE report_id = ?").param(reportId)
                .query(Long.class).single();
    }

    private String storedOutcome(String reportId) {
        return jdbc.sql("SELECT outcome FROM validation_run WHERE report_id = ?").param(reportId)
                .query(String.class).single();
    }

    private double validations(String outcome) {
        return meters.get("validation.runs").tag("outcome", outcome).counter().count();
    }

    private double deadLetters() {
        Counter counter = meters.find("messaging.dead.letters").tag("topic", Topics.SUBMISSION_EVENTS).counter();
        return counter == null ? 0 : counter.count();
    }
}
