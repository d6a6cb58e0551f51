package cn.govdisclosure.validation;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

import cn.govdisclosure.infrastructure.TestInfrastructure;
import cn.govdisclosure.support.security.TestTokens;
import cn.govdisclosure.kernel.messaging.MessageCodec;
import cn.govdisclosure.kernel.messaging.MessageHeaders;
import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.kernel.publication.ReportPublishedEvent;
import cn.govdisclosure.kernel.submission.RecordValidationOutcomeCommand;
import cn.govdisclosure.kernel.submission.ReportSubmittedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The validation service running as in production, against the JVM's one real PostgreSQL (its own database) and
 * one real Kafka broker. Every integration test extends this, so that all share one application context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + ValidationServiceApplication.CONFIG_NAME)
@AutoConfigureRestTestClient
@Import({FixedClockConfiguration.class, SignedInClientConfiguration.class})
abstract class RunningValidationService {

    static final Instant NOW = FixedClockConfiguration.NOW;
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private static final String DATABASE = "validation_it";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.serviceProperties(DATABASE).forEach((name, value) -> registry.add(name, () -> value));
        TestTokens.properties().forEach((name, value) -> registry.add(name, () -> value));
    }

    final SubmissionTopics topics = new SubmissionTopics(TestInfrastructure.kafka().bootstrapServers());

    void publish(ReportSubmittedEvent submitted) {
        topics.publish(Topics.SUBMISSION_EVENTS, submitted.reportId(),
                "submission:" + submitted.reportId() + ":" + submitted.submissionNumber(), submitted);
    }

    /** Publishes as the publication service does: keyed by report id, one message id per version. */
    void publish(ReportPublishedEvent published) {
        publish(published, published.reportId());
    }

    /** Publishes under another key: records with one key stay in order, so a later one marks the earlier handled. */
    void publish(ReportPublishedEvent published, String key) {
        topics.publish(Topics.PUBLICATION_EVENTS, key, "published:" + published.creditCode() + ":"
                + published.year() + ":v" + published.version(), published);
    }

    /** Waits until the service has sent exactly {@code count} outcomes for the report, and returns them. */
    List<ConsumerRecord<String, byte[]>> awaitOutcomes(String reportId, int count) {
        return await().atMost(PATIENCE).pollInSameThread()
                .until(() -> topics.recordsOn(Topics.SUBMISSION_COMMANDS, reportId), hasSize(count));
    }

    static RecordValidationOutcomeCommand outcome(ConsumerRecord<String, byte[]> record) {
        return (RecordValidationOutcomeCommand) MessageCodec.decode(
                SubmissionTopics.header(record, MessageHeaders.MESSAGE_TYPE),
                SubmissionTopics.header(record, MessageHeaders.MESSAGE_REVISION), record.value());
    }
}
