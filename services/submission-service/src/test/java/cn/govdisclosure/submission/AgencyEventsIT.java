package cn.govdisclosure.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.govdisclosure.kernel.agency.AgencyKind;
import cn.govdisclosure.kernel.messaging.MessageCodec;
import cn.govdisclosure.kernel.messaging.MessageHeaders;
import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.kernel.submission.AgencyKindChangedEvent;
import cn.govdisclosure.kernel.submission.AgencyRegisteredEvent;
import cn.govdisclosure.submission.TestHttp.Answer;
import cn.govdisclosure.submission.agency.messaging.AgencyEventsPublisher;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Registered agencies, with the kind that decides their deadline, go out on {@code submission.events} for the
 * publication service, keyed by credit code: new registrations, corrections of the kind, and registrations stored
 * before kinds existed.
 */
class AgencyEventsIT extends SubmissionServiceTestBase {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void registersADepartmentWhenNoKindIsNamedAndAnnouncesIt() {
        String creditCode = newCreditCode();

        Answer registered = admin.post("/api/agencies", """
                {"creditCode": "%s", "name": "泽州县统计局", "regionCode": "140525"}""".formatted(creditCode));

        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.json().get("kind").asText()).isEqualTo("DEPARTMENT");
        AgencyRegisteredEvent announced = (AgencyRegisteredEvent) payload(awaitRecords(creditCode, 1).get(0));
        assertThat(announced.kind()).isEqualTo(AgencyKind.DEPARTMENT);
        assertThat(announced.name()).isEqualTo("泽州县统计局");
        assertThat(announced.regionCode()).isEqualTo("140525");
    }

    @Test
    void registersAPeoplesGovernmentAndAnnouncesItWithItsKind() {
        String creditCode = newCreditCode();

        Answer registered = admin.post("/api/agencies", """
                {"creditCode": "%s", "name": "泽州县人民政府", "regionCode": "140525", "kind": "PEOPLES_GOVERNMENT"}"""
                .formatted(creditCode));

        assertThat(registered.status()).isEqualTo(201);
        assertThat(admin.get("/api/agencies/" + creditCode).json().get("kind").asText())
                .isEqualTo("PEOPLES_GOVERNMENT");
        ConsumerRecord<String, byte[]> record = awaitRecords(creditCode, 1).get(0);
        assertThat(TestTopics.header(record, MessageHeaders.MESSAGE_TYPE)).isEqualTo("submission.AgencyRegistered");
        assertThat(TestTopics.header(record, MessageHeaders.SENDER)).isEqualTo("submission-service");
        assertThat(((AgencyRegisteredEvent) payload(record)).kind()).isEqualTo(AgencyKind.PEOPLES_GOVERNMENT);
    }

    @Test
    void refusesAKindItDoesNotKnowAndRegistersNothing() {
        String creditCode = newCreditCode();
        for (String kind : List.of("\"TOWNSHIP\"", "\"peoples_government\"", "\"\"", "3")) {
            Answer refused = admin.post("/api/agencies", """
                    {"creditCode": "%s", "name": "某局", "regionCode": "140525", "kind": %s}"""
                    .formatted(creditCode, kind));

            assertThat(refused.status()).as(kind).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("field").asText()).isEqualTo("kind");
            assertThat(refused.json().get("detail").asText()).contains("PEOPLES_GOVERNMENT");
        }
        assertThat(admin.get("/api/agencies/" + creditCode).status()).isEqualTo(404);
    }

    @Test
    void announcesACorrectedKindOnceAndNothingWhenItDoesNotChange() {
        String creditCode = newCreditCode();
        assertThat(admin.post("/api/agencies", """
                {"creditCode": "%s", "name": "陵川县人民政府", "regionCode": "140524"}""".formatted(creditCode))
                .status()).isEqualTo(201);

        Answer corrected = admin.put("/api/agencies/" + creditCode + "/kind", "{\"kind\": \"PEOPLES_GOVERNMENT\"}");
        Answer again = admin.put("/api/agencies/" + creditCode + "/kind", "{\"kind\": \"PEOPLES_GOVERNMENT\"}");
        Answer unknown = admin.put("/api/agencies/" + creditCode + "/kind", "{\"kind\": \"COUNTY\"}");

        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.json().get("kind").asText()).isEqualTo("PEOPLES_GOVERNMENT");
        assertThat(again.status()).isEqualTo(200);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("field").asText()).isEqualTo("kind");
        List<ConsumerRecord<String, byte[]>> records = awaitRecords(creditCode, 2);
        assertThat(records).hasSize(2);
        AgencyKindChangedEvent changed = (AgencyKindChangedEvent) payload(records.get(1));
        assertThat(changed.kind()).isEqualTo(AgencyKind.PEOPLES_GOVERNMENT);
        assertThat(TestTopics.header(records.get(1), MessageHeaders.MESSAGE_TYPE))
                .isEqualTo("submission.AgencyKindChanged");
    }

    /**
     * An agency registered before kinds were recorded: its event is stored as revision 1, without a kind, and its
     * read-model row got the column's default. It is announced as a department; once an administrator records that
     * it is a people's government, that is announced too. Replaying the agency publisher from the start (what a
     * first deployment does) announces it again under the same message id.
     */
    @Test
    void announcesAnAgencyRegisteredBeforeKindsExistedAsADepartmentAndItsCorrectedKind() {
        String creditCode = newCreditCode();
        String eventId = UUID.randomUUID().toString();
        jdbc.sql("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                                                        time_stamp, payload_type, payload_revision, payload, meta_data)
                        VALUES (?, ?, 0, 'Agency', '2023-11-02T01:30:00Z', ?, '1', ?, ?)""")
                .params(eventId, creditCode, "cn.govdisclosure.submission.agency.command.AgencyRegisteredEvent",
                        ("{\"creditCode\":\"" + creditCode + "\",\"name\":\"阳城县人民政府\",\"regionCode\":\"140522\","
                                + "\"registeredBy\":\"admin\",\"registeredAt\":\"2023-11-02T01:30:00Z\"}")
                                .getBytes(StandardCharsets.UTF_8),
                        "{}".getBytes(StandardCharsets.UTF_8))
                .update();
        jdbc.sql("""
                        INSERT INTO agency (credit_code, name, region_code, registered_at)
                        VALUES (?, '阳城县人民政府', '140522', '2023-11-02T01:30:00Z')""")
                .param(creditCode).update();

        ConsumerRecord<String, byte[]> first = awaitRecords(creditCode, 1).get(0);
        assertThat(TestTopics.header(first, MessageHeaders.MESSAGE_ID)).isEqualTo(eventId);
        assertThat(((AgencyRegisteredEvent) payload(first)).kind()).isEqualTo(AgencyKind.DEPARTMENT);
        assertThat(admin.get("/api/agencies/" + creditCode).json().get("kind").asText()).isEqualTo("DEPARTMENT");

        assertThat(admin.put("/api/agencies/" + creditCode + "/kind", "{\"kind\": \"PEOPLES_GOVERNMENT\"}").status())
                .isEqualTo(200);
        assertThat(((AgencyKindChangedEvent) payload(awaitRecords(creditCode, 2).get(1))).kind())
                .isEqualTo(AgencyKind.PEOPLES_GOVERNMENT);

        TrackingEventProcessor publisher = processing
                .eventProcessor(AgencyEventsPublisher.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
        publisher.shutDown();
        publisher.resetTokens();
        publisher.start();
        List<ConsumerRecord<String, byte[]>> replayed = awaitRecords(creditCode, 4);
        assertThat(replayed).extracting(record -> TestTopics.header(record, MessageHeaders.MESSAGE_ID))
                .containsExactly(eventId, TestTopics.header(replayed.get(1), MessageHeaders.MESSAGE_ID),
                        eventId, TestTopics.header(replayed.get(1), MessageHeaders.MESSAGE_ID));
    }

    private static List<ConsumerRecord<String, byte[]>> awaitRecords(String creditCode, int count) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> TestTopics.read(Topics.SUBMISSION_EVENTS, creditCode), records -> records.size() >= count);
    }

    private static Object payload(ConsumerRecord<String, byte[]> record) {
        return MessageCodec.decode(TestTopics.header(record, MessageHeaders.MESSAGE_TYPE),
                TestTopics.header(record, MessageHeaders.MESSAGE_REVISION), record.value());
    }
}
