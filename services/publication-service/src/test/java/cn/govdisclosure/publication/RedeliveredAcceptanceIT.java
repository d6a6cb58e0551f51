package cn.govdisclosure.publication;

import static cn.govdisclosure.publication.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.kernel.messaging.MessageHeaders;
import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.kernel.publication.ReportPublishedEvent;
import cn.govdisclosure.kernel.submission.MarkReportPublishedCommand;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** Kafka delivers at least once: the same acceptance twice is one publication, announced twice alike. */
class RedeliveredAcceptanceIT extends RunningPublicationService {

    private static final String AGENCY = PublicationFixtures.agency(2);
    private static final String REPORT_ID = PublicationFixtures.reportId(AGENCY, 2023);

    @Test
    void publishesARedeliveredAcceptanceOnceAndResendsTheSameMessages() throws Exception {
        ProducerRecord<String, byte[]> acceptance = PublicationFixtures.onSubmissionEvents(REPORT_ID,
                "accepted:" + REPORT_ID + ":1",
                PublicationFixtures.accepted(AGENCY, 2023, 1, PublicationFixtures.zezhouReport()));

        produce(acceptance);
        produce(acceptance);

        try (TopicProbe commands = probe(Topics.SUBMISSION_COMMANDS, REPORT_ID);
             TopicProbe events = probe(Topics.PUBLICATION_EVENTS, REPORT_ID)) {
            List<ConsumerRecord<String, byte[]>> marks = commands.await(2);
            List<ConsumerRecord<String, byte[]>> announcements = events.await(2);

            assertThat(marks).hasSize(2).extracting(record -> header(record, MessageHeaders.MESSAGE_ID))
                    .containsOnly("publication:" + REPORT_ID + ":1");
            assertThat(payload(marks.get(1), MarkReportPublishedCommand.class))
                    .isEqualTo(payload(marks.get(0), MarkReportPublishedCommand.class))
                    .extracting(MarkReportPublishedCommand::version).isEqualTo(1);
            assertThat(announcements).hasSize(2).extracting(record -> header(record, MessageHeaders.MESSAGE_ID))
                    .containsOnly("published:" + AGENCY + ":2023:v1");
            assertThat(payload(announcements.get(1), ReportPublishedEvent.class))
                    .isEqualTo(payload(announcements.get(0), ReportPublishedEvent.class))
                    .extracting(ReportPublishedEvent::version).isEqualTo(1);
        }
        http().get().uri("/api/published/{creditCode}/2023", AGENCY).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.version").isEqualTo(1)
                .jsonPath("$.versions.length()").isEqualTo(1);
    }
}
