package cn.govdisclosure.validation;

import static cn.govdisclosure.validation.SubmissionFixtures.agency;
import static cn.govdisclosure.validation.SubmissionFixtures.figures2022CarryingForward;
import static cn.govdisclosure.validation.SubmissionFixtures.published2022;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.govdisclosure.kernel.KernelFixtures;
import cn.govdisclosure.support.security.TestTokens;
import cn.govdisclosure.validation.history.KnownReport;
import cn.govdisclosure.validation.history.ReportHistory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published rows of {@code known_report} can be rebuilt from {@code publication.events}: replaying the topic
 * through the listener's own handling yields exactly the rows the live listener wrote, byte for byte (each row as
 * JSON text); loaded rows are left as they are.
 *
 * <p>Other tests write published rows straight through {@link ReportHistory}, with no event in the log; each test
 * here first applies a rebuild, so that the table starts out as the log says.
 */
class PublishedHistoryRebuildIT extends RunningValidationService {

    private static final int FIRST_AGENCY = 71;
    private static final int SECOND_AGENCY = 72;
    private static final int LOADED_AGENCY = 73;
    private static final int DAMAGED_AGENCY = 74;
    private static final int FIRST_MEASURED_AGENCY = 80;
    private static final int MEASURED_AGENCIES = 20;
    private static final int MEASURED_VERSIONS = 50;

    private static final String ROWS = """
            SELECT row_to_json(k)::text FROM known_report k WHERE credit_code IN (:creditCodes)
            ORDER BY credit_code, year""";

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportHistory history;

    @Autowired
    JsonMapper json;

    @Test
    void theLiveRowsEqualTheRebuiltOnesAndADamagedRowIsFoundAndRepaired() {
        rebuild(true);
        http.put().uri("/api/history/{creditCode}/2022", agency(LOADED_AGENCY))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("figures", figures2022CarryingForward(4)))
                .exchange()
                .expectStatus().isOk();
        // Several versions, out of order, a redelivery, and a version published after a loaded report.
        publish(published2022(FIRST_AGENCY, 2, 2));
        publish(published2022(FIRST_AGENCY, 1, 1));
        publish(published2022(FIRST_AGENCY, 3, 3));
        publish(published2022(FIRST_AGENCY, 3, 3));
        publish(published2022(SECOND_AGENCY, 1, 5));
        publish(published2022(DAMAGED_AGENCY, 1, 6));
        publish(published2022(DAMAGED_AGENCY, 2, 7));
        awaitKnown(FIRST_AGENCY, 3);
        awaitKnown(SECOND_AGENCY, 1);
        awaitKnown(DAMAGED_AGENCY, 2);
        List<String> creditCodes = List.of(agency(FIRST_AGENCY), agency(SECOND_AGENCY), agency(LOADED_AGENCY),
                agency(DAMAGED_AGENCY));
        List<String> original = rows(creditCodes);
        assertThat(original).hasSize(4);

        JsonNode check = rebuild(false);

        assertThat(check.get("differences").asLong()).as(check.toString()).isZero();
        assertThat(check.get("applied").asBoolean()).isFalse();
        assertThat(check.get("events").asLong()).isGreaterThanOrEqualTo(7);
        assertThat(check.get("rows").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(rows(creditCodes)).isEqualTo(original);

        jdbc.sql("UPDATE known_report SET figures = '{}', version = 1 WHERE credit_code = ? AND year = 2022")
                .param(agency(DAMAGED_AGENCY)).update();

        JsonNode damaged = rebuild(false);

        assertThat(damaged.get("differences").asLong()).as(damaged.toString()).isEqualTo(2);
        assertThat(damaged.get("applied").asBoolean()).isFalse();
        assertThat(rows(creditCodes)).isNotEqualTo(original);

        JsonNode repaired = rebuild(true);

        assertThat(repaired.get("differences").asLong()).isEqualTo(2);
        assertThat(repaired.get("applied").asBoolean()).isTrue();
        assertThat(rows(creditCodes)).isEqualTo(original);
        assertThat(history.find(agency(LOADED_AGENCY), 2022).orElseThrow().source())
                .isEqualTo(KnownReport.Source.LOADED);
        assertThat(rebuild(false).get("differences").asLong()).isZero();
    }

    @Test
    void onlyAnAdministratorMayRebuild() {
        for (String token : List.of(TestTokens.auditor(), TestTokens.supervisorOf(KernelFixtures.ZEZHOU_REGION_CODE))) {
            http.post().uri("/api/history/rebuild?apply=true")
                    .header("Authorization", "Bearer " + token)
                    .exchange()
                    .expectStatus().isForbidden();
        }
    }

    /**
     * Replays a log of a thousand and more events, a second time so that the code is warm, and prints the rate;
     * the README quotes the figure.
     */
    @Test
    void theWholeLogIsReplayedAndItsRateReported() {
        rebuild(true);
        for (int agency = FIRST_MEASURED_AGENCY; agency < FIRST_MEASURED_AGENCY + MEASURED_AGENCIES; agency++) {
            for (int version = 1; version <= MEASURED_VERSIONS; version++) {
                publish(published2022(agency, version, version));
            }
        }
        for (int agency = FIRST_MEASURED_AGENCY; agency < FIRST_MEASURED_AGENCY + MEASURED_AGENCIES; agency++) {
            awaitKnown(agency, MEASURED_VERSIONS);
        }

        rebuild(false);
        JsonNode check = rebuild(false);

        System.out.printf("Known-report rebuild: %d events replayed in %d ms, %d events/s%n",
                check.get("events").asLong(), check.get("millis").asLong(), check.get("eventsPerSecond").asLong());
        assertThat(check.get("events").asLong()).isGreaterThanOrEqualTo(MEASURED_AGENCIES * MEASURED_VERSIONS);
        assertThat(check.get("differences").asLong()).as(check.toString()).isZero();
    }

    private JsonNode rebuild(boolean apply) {
        String body = http.post().uri("/api/history/rebuild?apply={apply}", apply)
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseBody();
        return json.readTree(body);
    }

    private List<String> rows(List<String> creditCodes) {
        return jdbc.sql(ROWS).param("creditCodes", creditCodes).query(String.class).list();
    }

    private void awaitKnown(int agency, int version) {
        await().atMost(PATIENCE).pollInSameThread().until(() -> history.find(agency(agency), 2022)
                .map(KnownReport::version), Optional.of(version)::equals);
    }
}
