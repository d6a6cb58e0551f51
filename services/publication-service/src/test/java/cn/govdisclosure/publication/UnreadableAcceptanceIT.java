package cn.govdisclosure.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.kernel.messaging.Topics;
import org.junit.jupiter.api.Test;

/** What is on submission.events but not a readable acceptance. */
class UnreadableAcceptanceIT extends RunningPublicationService {

    @Test
    void parksAnUnreadableAcceptanceInTheDeadLetterTopic() throws Exception {
        String reportId = PublicationFixtures.reportId(PublicationFixtures.agency(4), 2023);

        produce(PublicationFixtures.unreadableAcceptance(reportId));

        try (TopicProbe deadLetters = probe(Topics.deadLetterTopicOf(Topics.SUBMISSION_EVENTS), reportId)) {
            assertThat(deadLetters.await(1)).hasSize(1)
                    .allSatisfy(record -> assertThat(TopicProbe.header(record, "message-id"))
                            .isEqualTo("accepted:" + reportId + ":garbled"));
        }
        http().get().uri("/api/published/{creditCode}/2023", PublicationFixtures.agency(4)).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void leavesSubmittedReportsAndUnknownEventsAlone() throws Exception {
        String agency = PublicationFixtures.agency(5);
        String reportId = PublicationFixtures.reportId(agency, 2023);

        produce(PublicationFixtures.onSubmissionEvents(reportId, "submitted:" + reportId + ":1",
                PublicationFixtures.submitted(agency, 2023, PublicationFixtures.zezhouReport())));
        produce(PublicationFixtures.futureEvent(reportId));
        produce(PublicationFixtures.onSubmissionEvents(reportId, "accepted:" + reportId + ":1",
                PublicationFixtures.accepted(agency, 2023, 1, PublicationFixtures.zezhouReport())));

        // All records share a partition, so once the acceptance is published the ones before it were handled.
        try (TopicProbe events = probe(Topics.PUBLICATION_EVENTS, reportId);
             TopicProbe deadLetters = probe(Topics.deadLetterTopicOf(Topics.SUBMISSION_EVENTS), reportId)) {
            assertThat(events.await(1)).hasSize(1);
            assertThat(deadLetters.readToEnd()).isEmpty();
        }
        http().get().uri("/api/published/{creditCode}/2023", agency).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.versions.length()").isEqualTo(1);
    }
}
