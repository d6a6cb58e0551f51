package cn.govdisclosure.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.govdisclosure.kernel.messaging.MessageHeaders;
import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.submission.TestHttp.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What an operator sees and does: reports stuck waiting for another service are listed and re-driven, dead letters
 * are listed with their error and replayed or discarded once, every action recorded; health tells the broker and the
 * database apart.
 */
class OperationsIT extends SubmissionServiceTestBase {

    String reportId;

    @BeforeEach
    void openReport() {
        reportId = registerAgencyWithReport(2023);
    }

    @Test
    void aReportWaitingTooLongForValidationIsListedAsStuckAndReDrivenWithItsOriginalMessage() {
        assertThat(submit(reportId).json().get("status").asText()).isEqualTo("SUBMITTED");

        JsonNode stuck = await().atMost(Duration.ofSeconds(30)).until(
                () -> find(admin.get("/api/operations/stuck-reports").json(), "reportId", reportId),
                entry -> entry != null);
        assertThat(stuck.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(stuck.get("submissionNumber").asInt()).isEqualTo(1);
        List<ConsumerRecord<String, byte[]>> before = await().atMost(Duration.ofSeconds(30))
                .until(() -> TestTopics.read(Topics.SUBMISSION_EVENTS, reportId), records -> records.size() == 1);

        Answer redriven = admin.post("/api/operations/stuck-reports/" + reportId + "/redrive",
                "{\"reason\": \"校验服务未回复\"}");

        assertThat(redriven.status()).as(redriven.body()).isEqualTo(200);
        List<ConsumerRecord<String, byte[]>> after = await().atMost(Duration.ofSeconds(30))
                .until(() -> TestTopics.read(Topics.SUBMISSION_EVENTS, reportId), records -> records.size() == 2);
        assertThat(TestTopics.header(after.get(1), MessageHeaders.MESSAGE_ID))
                .isEqualTo(TestTopics.header(before.get(0), MessageHeaders.MESSAGE_ID));
        assertThat(after.get(1).value()).isEqualTo(before.get(0).value());
        JsonNode history = http.get("/api/audit/reports/" + reportId + "/history").json();
        JsonNode step = find(history, "kind", "REDRIVEN");
        assertThat(step).isNotNull();
        assertThat(step.get("user").asText()).isEqualTo("admin");
        assertThat(step.get("details").get("reason").asText()).isEqualTo("校验服务未回复");
    }

    @Test
    void onlyAReportWaitingForAServiceCanBeReDrivenAndOnlyByAnAdministrator() {
        Answer draft = admin.post("/api/operations/stuck-reports/" + reportId + "/redrive", "{\"reason\": \"试\"}");
        Answer noReason = admin.post("/api/operations/stuck-reports/" + reportId + "/redrive", "{}");
        Answer clerk = http.post("/api/operations/stuck-reports/" + reportId + "/redrive", "{\"reason\": \"试\"}");

        assertThat(draft.status()).isEqualTo(409);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("field").asText()).isEqualTo("reason");
        assertThat(clerk.status()).isEqualTo(403);
        assertThat(http.get("/api/operations/dead-letters").status()).isEqualTo(403);
    }

    @Test
    void deadLettersAreListedWithTheirErrorAndEachIsReplayedOrDiscardedOnceOnRecord() {
        String poisonKey = "poison-" + UUID.randomUUID();
        TestTopics.sendRaw(Topics.SUBMISSION_COMMANDS, poisonKey, "不是消息".getBytes(StandardCharsets.UTF_8),
                Map.of(MessageHeaders.MESSAGE_ID, poisonKey + ":1"));
        TestTopics.sendRaw(Topics.SUBMISSION_COMMANDS, poisonKey, "也不是".getBytes(StandardCharsets.UTF_8),
                Map.of(MessageHeaders.MESSAGE_ID, poisonKey + ":2"));

        List<JsonNode> letters = await().atMost(Duration.ofSeconds(30))
                .until(() -> withKey(poisonKey), found -> found.size() == 2);
        JsonNode first = letters.get(0);
        assertThat(first.get("dltTopic").asText()).isEqualTo(Topics.deadLetterTopicOf(Topics.SUBMISSION_COMMANDS));
        assertThat(first.get("originalTopic").asText()).isEqualTo(Topics.SUBMISSION_COMMANDS);
        assertThat(first.get("consumerGroup").asText()).isEqualTo("submission-service");
        assertThat(first.get("messageId").asText()).isEqualTo(poisonKey + ":1");
        assertThat(first.get("error").asText()).contains("header");
        assertThat(first.get("state").asText()).isEqualTo("OPEN");

        Answer replayed = admin.post(path(first) + "/replay", "{\"reason\": \"复查后重放\"}");
        Answer discarded = admin.post(path(letters.get(1)) + "/discard", "{\"reason\": \"无效消息\"}");
        Answer again = admin.post(path(letters.get(1)) + "/discard", "{\"reason\": \"再次丢弃\"}");

        assertThat(replayed.status()).as(replayed.body()).isEqualTo(200);
        assertThat(replayed.json().get("action").asText()).isEqualTo("REPLAYED");
        assertThat(discarded.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(409);
        assertThat(TestTopics.read(Topics.SUBMISSION_COMMANDS, poisonKey)).hasSize(3);
        // The replayed poison fails again and is parked again, as a new dead letter, open.
        List<JsonNode> now = await().atMost(Duration.ofSeconds(30))
                .until(() -> withKey(poisonKey), found -> found.size() == 3);
        assertThat(now).extracting(letter -> letter.get("state").asText())
                .containsExactly("REPLAYED", "DISCARDED", "OPEN");
        assertThat(now.get(0).get("action").get("actedBy").asText()).isEqualTo("admin");
        assertThat(now.get(1).get("action").get("reason").asText()).isEqualTo("无效消息");
        List<JsonNode> open = new ArrayList<>();
        admin.get("/api/operations/dead-letters?open=true").json().forEach(open::add);
        assertThat(open).noneMatch(letter -> path(letter).equals(path(first)));
        assertThatThrownBy(() -> jdbc.sql("UPDATE dead_letter_action SET reason = 'rewritten'").update())
                .hasMessageContaining("append-only");
    }

    @Test
    void healthNamesTheBrokerAndTheDatabaseApart() {
        JsonNode health = admin.get("/actuator/health").json();
        JsonNode dependencies = admin.get("/actuator/health/dependencies").json();

        assertThat(health.get("components").get("db").get("status").asText()).isEqualTo("UP");
        assertThat(health.get("components").get("kafka").get("status").asText()).isEqualTo("UP");
        assertThat(dependencies.get("status").asText()).isEqualTo("UP");
        assertThat(dependencies.get("components").fieldNames()).toIterable().containsExactlyInAnyOrder("db", "kafka");
        assertThat(admin.get("/actuator/health/liveness").json().get("status").asText()).isEqualTo("UP");
    }

    private List<JsonNode> withKey(String key) {
        List<JsonNode> found = new ArrayList<>();
        admin.get("/api/operations/dead-letters").json().forEach(letter -> {
            if (key.equals(letter.get("key").asText())) {
                found.add(letter);
            }
        });
        return found;
    }

    private static String path(JsonNode letter) {
        return "/api/operations/dead-letters/" + letter.get("dltTopic").asText() + "/" + letter.get("partition").asInt()
                + "/" + letter.get("offset").asLong();
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode element : array) {
            if (value.equals(element.get(field).asText())) {
                return element;
            }
        }
        return null;
    }
}
