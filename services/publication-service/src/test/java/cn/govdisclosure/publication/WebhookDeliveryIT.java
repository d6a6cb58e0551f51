package cn.govdisclosure.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.kernel.report.ReportContent;
import cn.govdisclosure.support.security.TestTokens;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every publication and correction goes to the configured portal endpoints by signed webhook, from an outbox written
 * with the publication, and is retried while a receiver is down or failing.
 */
class WebhookDeliveryIT extends RunningPublicationService {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void deliversAPublicationAndACorrectionSignedWithDistinctIds() throws Exception {
        String agency = PublicationFixtures.agency(801);
        ReportContent report = PublicationFixtures.zezhouReport();
        publish(agency, 1, PublicationFixtures.accepted(agency, 2023, 1, report));
        await().atMost(WAIT).until(() -> WebhookReceiver.PORTAL.receivedFor(agency).size() == 1);
        publish(agency, 2, PublicationFixtures.correction(agency, 2023, 2,
                PublicationFixtures.corrected(report, "s2.fees.amount", new BigDecimal("0.35")), "第一张表数字有误"));
        await().atMost(WAIT).until(() -> WebhookReceiver.PORTAL.receivedFor(agency).size() == 2);

        List<WebhookReceiver.Received> received = WebhookReceiver.PORTAL.receivedFor(agency);
        assertThat(received).allMatch(WebhookReceiver.Received::signatureValid);
        assertThat(received).extracting(WebhookReceiver.Received::id)
                .containsExactly("portal:" + agency + ":2023:v1", "portal:" + agency + ":2023:v2");
        JsonNode publication = JSON.readTree(received.get(0).body());
        JsonNode correction = JSON.readTree(received.get(1).body());
        assertThat(publication.get("deliveryId").asString()).isEqualTo(received.get(0).id());
        assertThat(publication.get("event").asString()).isEqualTo("publication");
        assertThat(publication.get("version").asInt()).isEqualTo(1);
        assertThat(publication.get("url").asString())
                .isEqualTo(PUBLIC_BASE_URL + "/portal/reports/" + agency + "/2023/v1");
        assertThat(correction.get("event").asString()).isEqualTo("correction");
        assertThat(correction.get("version").asInt()).isEqualTo(2);
        assertThat(correction.get("correctionReason").asString()).isEqualTo("第一张表数字有误");
        assertThat(correction.get("reportId").asString()).isEqualTo(PublicationFixtures.reportId(agency, 2023));
    }

    @Test
    void retriesAReceiverThatAnswers503UntilItAccepts() throws Exception {
        String agency = PublicationFixtures.agency(802);
        WebhookReceiver.PORTAL.answer(agency, 503, 503);
        publish(agency, 1, PublicationFixtures.accepted(agency, 2023, 1, PublicationFixtures.zezhouReport()));

        JsonNode delivery = await().atMost(WAIT).until(() -> delivery(agency, "portal"),
                found -> found != null && found.get("status").asString().equals("DELIVERED"));

        assertThat(statusCodes(delivery)).containsExactly(503, 503, 200);
        assertThat(delivery.get("attemptCount").asInt()).isEqualTo(3);
        assertThat(WebhookReceiver.PORTAL.receivedFor(agency)).hasSize(3)
                .extracting(WebhookReceiver.Received::id).containsOnly("portal:" + agency + ":2023:v1");
    }

    @Test
    void keepsADeliveryToAReceiverThatIsDownPendingWithEveryAttemptRecorded() throws Exception {
        String agency = PublicationFixtures.agency(803);
        publish(agency, 1, PublicationFixtures.accepted(agency, 2023, 1, PublicationFixtures.zezhouReport()));

        JsonNode delivery = await().atMost(WAIT).until(() -> delivery(agency, "offline"),
                found -> found != null && found.get("attempts").size() >= 3);

        assertThat(delivery.get("status").asString()).isEqualTo("PENDING");
        assertThat(delivery.get("deliveryId").asString()).isEqualTo("offline:" + agency + ":2023:v1");
        assertThat(delivery.get("attempts")).allSatisfy(attempt -> {
            assertThat(attempt.get("statusCode").isNull()).isTrue();
            assertThat(attempt.get("error").asString()).isNotBlank();
        });
        assertThat(delivery.get("lastError").asString()).isNotBlank();
    }

    @Test
    void failsADeliveryAnsweredWith400AndRedrivesItOnRetry() throws Exception {
        String agency = PublicationFixtures.agency(804);
        WebhookReceiver.PORTAL.answer(agency, 400);
        publish(agency, 1, PublicationFixtures.accepted(agency, 2023, 1, PublicationFixtures.zezhouReport()));
        JsonNode failed = await().atMost(WAIT).until(() -> delivery(agency, "portal"),
                found -> found != null && found.get("status").asString().equals("FAILED"));
        assertThat(statusCodes(failed)).containsExactly(400);
        String deliveryId = failed.get("deliveryId").asString();
        assertThat(deliveries("status=FAILED")).anyMatch(node -> node.get("deliveryId").asString().equals(deliveryId));

        http().post().uri("/api/webhooks/deliveries/{id}/retry", deliveryId)
                .header("Authorization", "Bearer " + TestTokens.admin()).exchange()
                .expectStatus().isAccepted();

        JsonNode delivered = await().atMost(WAIT).until(() -> delivery(agency, "portal"),
                found -> found.get("status").asString().equals("DELIVERED"));
        assertThat(statusCodes(delivered)).containsExactly(400, 200);
        http().post().uri("/api/webhooks/deliveries/{id}/retry", deliveryId)
                .header("Authorization", "Bearer " + TestTokens.admin()).exchange()
                .expectStatus().isEqualTo(409);
    }

    @Test
    void showsDeliveriesToAdministratorsOnly() {
        http().get().uri("/api/webhooks/deliveries").exchange().expectStatus().isUnauthorized();
        http().get().uri("/api/webhooks/deliveries")
                .header("Authorization", "Bearer " + TestTokens.clerkOf(PublicationFixtures.ZEZHOU)).exchange()
                .expectStatus().isForbidden();
        http().post().uri("/api/webhooks/deliveries/{id}/retry", "portal:nobody:2023:v1")
                .header("Authorization", "Bearer " + TestTokens.admin()).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void queuesOneDeliveryPerEndpointForARedeliveredAcceptance() throws Exception {
        String agency = PublicationFixtures.agency(805);
        String reportId = PublicationFixtures.reportId(agency, 2023);
        var acceptance = PublicationFixtures.onSubmissionEvents(reportId, "accepted:" + reportId + ":1",
                PublicationFixtures.accepted(agency, 2023, 1, PublicationFixtures.zezhouReport()));
        produce(acceptance);
        produce(acceptance);
        try (TopicProbe events = probe(Topics.PUBLICATION_EVENTS, reportId)) {
            events.await(2);
        }
        await().atMost(WAIT).until(() -> WebhookReceiver.PORTAL.receivedFor(agency).size() == 1);

        assertThat(deliveries("creditCode=" + agency)).extracting(node -> node.get("deliveryId").asString())
                .containsExactlyInAnyOrder("portal:" + agency + ":2023:v1", "offline:" + agency + ":2023:v1");
    }

    private void publish(String agency, int submissionNumber, Object acceptance) throws Exception {
        String reportId = PublicationFixtures.reportId(agency, 2023);
        produce(PublicationFixtures.onSubmissionEvents(reportId, "accepted:" + reportId + ":" + submissionNumber,
                acceptance));
    }

    private JsonNode delivery(String agency, String endpoint) {
        return deliveries("creditCode=" + agency).stream()
                .filter(node -> node.get("endpoint").asString().equals(endpoint)).findFirst().orElse(null);
    }

    private List<JsonNode> deliveries(String query) {
        String body = http().get().uri("/api/webhooks/deliveries?" + query)
                .header("Authorization", "Bearer " + TestTokens.admin()).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        return StreamSupport.stream(JSON.readTree(body).spliterator(), false).toList();
    }

    private static List<Integer> statusCodes(JsonNode delivery) {
        return StreamSupport.stream(delivery.get("attempts").spliterator(), false)
                .map(attempt -> attempt.get("statusCode").asInt()).toList();
    }
}
