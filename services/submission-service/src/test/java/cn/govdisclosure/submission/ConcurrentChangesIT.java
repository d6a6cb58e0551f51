package cn.govdisclosure.submission;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.submission.TestHttp.Answer;
import cn.govdisclosure.submission.report.web.ReportCommands;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Two users changing the same report at once: with {@code If-Match} the one who saw an older version gets 409 and
 * reloads, so no change is ever applied over one its author did not see; without it the changes apply one after the
 * other. Many threads hammer one report and the history must add up to the final state.
 */
class ConcurrentChangesIT extends SubmissionServiceTestBase {

    private static final int USERS = 8;
    private static final int INCREMENTS_EACH = 6;
    private static final String CELL = "s3.received.naturalPerson";

    String reportId;

    @BeforeEach
    void openReport() {
        reportId = registerAgencyWithReport(2023);
    }

    @Test
    void readModifyWriteFromManyThreadsLosesNoUpdate() throws Exception {
        assertThat(set(CELL, 0, null).status()).isEqualTo(200);
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(USERS);
        List<Future<Integer>> users = new ArrayList<>();
        for (int user = 0; user < USERS; user++) {
            users.add(pool.submit(() -> {
                int applied = 0;
                while (applied < INCREMENTS_EACH) {
                    Answer report = http.get("/api/reports/" + reportId);
                    String version = report.headers().firstValue("ETag").orElseThrow();
                    int current = report.json().get("figures").get(CELL).asInt();
                    Answer change = set(CELL, current + 1, version);
                    if (change.status() == 200) {
                        applied++;
                    } else {
                        assertThat(change.status()).as(change.body()).isEqualTo(409);
                        assertThat(change.contentType()).startsWith("application/problem+json");
                        conflicts.incrementAndGet();
                    }
                }
                return applied;
            }));
        }
        int applied = 0;
        for (Future<Integer> user : users) {
            applied += user.get();
        }
        pool.shutdown();

        int expected = USERS * INCREMENTS_EACH;
        assertThat(applied).isEqualTo(expected);
        assertThat(figure(CELL)).isEqualTo(expected);
        List<JsonNode> history = history(CELL);
        assertThat(history).hasSize(expected + 1);
        BigDecimal previous = null;
        for (JsonNode entry : history) {
            BigDecimal old = entry.get("oldValue").isNull() ? null : entry.get("oldValue").decimalValue();
            assertThat(old).as("each change starts from the value the one before left").isEqualTo(previous);
            previous = entry.get("newValue").decimalValue();
        }
        System.out.printf("%d users, %d increments applied, %d refused as stale and retried%n", USERS, applied,
                conflicts.get());
    }

    @Test
    void aChangeBasedOnAnOlderVersionIsRefusedWithAConflictAndChangesNothing() {
        String seen = http.get("/api/reports/" + reportId).headers().firstValue("ETag").orElseThrow();
        Answer first = set(CELL, 5, seen);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(seen));

        Answer second = set(CELL, 7, seen);

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("detail").asText()).isEqualTo(ReportCommands.STALE);
        assertThat(figure(CELL)).isEqualTo(5);
        assertThat(history(CELL)).hasSize(1);
    }

    @Test
    void aMalformedIfMatchIsRefusedNamingTheHeader() {
        Answer answer = http.withHeader("If-Match", "version 3").put("/api/reports/" + reportId + "/figures",
                "{\"changes\": {\"" + CELL + "\": 1}, \"reason\": \"录入\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("If-Match");
        assertThat(history(CELL)).isEmpty();
    }

    @Test
    void changesWithoutIfMatchFromManyThreadsAllApply() throws Exception {
        List<String> cells = List.of("s3.received.naturalPerson", "s3.received.commercial", "s3.received.research",
                "s3.received.publicInterest", "s3.received.legalService", "s3.received.otherOrg");
        ExecutorService pool = Executors.newFixedThreadPool(cells.size());
        List<Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            int value = i + 1;
            answers.add(pool.submit(() -> set(cell, value, null)));
        }
        for (Future<Answer> answer : answers) {
            assertThat(answer.get().status()).as(answer.get().body()).isEqualTo(200);
        }
        pool.shutdown();
        for (int i = 0; i < cells.size(); i++) {
            assertThat(figure(cells.get(i))).as(cells.get(i)).isEqualTo(i + 1);
            assertThat(history(cells.get(i))).hasSize(1);
        }
    }

    private Answer set(String cell, int value, String ifMatch) {
        TestHttp client = ifMatch == null ? http : http.withHeader("If-Match", ifMatch);
        return client.put("/api/reports/" + reportId + "/figures",
                "{\"changes\": {\"" + cell + "\": " + value + "}, \"reason\": \"并发录入\"}");
    }

    private int figure(String cell) {
        return http.get("/api/reports/" + reportId).json().get("figures").get(cell).asInt();
    }

    private List<JsonNode> history(String cell) {
        List<JsonNode> entries = new ArrayList<>();
        http.get("/api/reports/" + reportId + "/figures/" + cell + "/history").json().forEach(entries::add);
        return entries;
    }
}
