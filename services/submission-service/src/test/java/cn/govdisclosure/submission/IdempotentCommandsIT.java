package cn.govdisclosure.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.govdisclosure.submission.TestHttp.Answer;
import cn.govdisclosure.submission.web.IdempotentRequests;
import cn.govdisclosure.support.security.TestTokens;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A client that did not hear the answer sends its command again with the same {@code Idempotency-Key}: the retry
 * changes nothing and gets the first answer. The same key for another request, or a retry while the first still
 * runs, is refused; keys belong to their user and expire after a day.
 */
class IdempotentCommandsIT extends SubmissionServiceTestBase {

    private static final String SET_TO_8 = "{\"changes\": {\"s3.received.total\": 8}, \"reason\": \"录入\"}";
    private static final String SET_TO_9 = "{\"changes\": {\"s3.received.total\": 9}, \"reason\": \"更正\"}";

    @Autowired DataSource dataSource;
    @Autowired IdempotentRequests idempotentRequests;
    @Autowired cn.govdisclosure.submission.web.ServiceInstance serviceInstance;

    String reportId;
    String key;

    @BeforeEach
    void openReport() {
        reportId = registerAgencyWithReport(2023);
        key = UUID.randomUUID().toString();
    }

    @Test
    void aRetriedFigureChangeGetsTheFirstAnswerAndChangesNothing() {
        Answer first = withKey(http).put(figures(), SET_TO_8);
        assertThat(http.put(figures(), SET_TO_9).status()).isEqualTo(200);

        Answer retry = withKey(http).put(figures(), SET_TO_8);

        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(figure()).isEqualTo(9);
        assertThat(http.get(figures() + "/s3.received.total/history").json().size()).isEqualTo(2);
    }

    @Test
    void aRetriedReportCreationGetsTheSameCreatedAnswer() {
        String creditCode = reportId.substring(0, 18);
        String body = "{\"creditCode\": \"" + creditCode + "\", \"year\": 2022}";

        Answer first = withKey(http).post("/api/reports", body);
        Answer retry = withKey(http).post("/api/reports", body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(http.post("/api/reports", body).status()).as("without the key, a second creation").isEqualTo(409);
    }

    @Test
    void aRetriedSubmissionIsSubmittedOnce() {
        Answer first = withKey(http).post("/api/reports/" + reportId + "/submit", "");
        Answer retry = withKey(http).post("/api/reports/" + reportId + "/submit", "");

        assertThat(first.status()).isEqualTo(202);
        assertThat(retry.status()).isEqualTo(202);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                        + "AND payload_type LIKE '%ReportSubmittedForApprovalEvent'")
                .param(reportId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRefusalIsRepeatedAsItWasGiven() {
        Answer first = withKey(http).put(figures(), "{\"changes\": {\"s3.received.total\": -1}, \"reason\": \"录入\"}");
        Answer retry = withKey(http).put(figures(), "{\"changes\": {\"s3.received.total\": -1}, \"reason\": \"录入\"}");

        assertThat(first.status()).isEqualTo(400);
        assertThat(retry.status()).isEqualTo(400);
        assertThat(retry.contentType()).startsWith("application/problem+json");
        assertThat(retry.body()).isEqualTo(first.body());
    }

    @Test
    void theSameKeyForAnotherRequestIsRefused() {
        assertThat(withKey(http).put(figures(), SET_TO_8).status()).isEqualTo(200);

        assertProblem(withKey(http).put(figures(), SET_TO_9), 422, "已用于另一个请求");
        assertProblem(withKey(http).post("/api/reports/" + reportId + "/submit", ""), 422, "已用于另一个请求");
        assertThat(figure()).isEqualTo(8);
        assertThat(http.get("/api/reports/" + reportId).json().get("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void aKeyBelongsToItsUser() {
        String otherReport = registerAgencyWithReport(2023);
        TestHttp otherClerk = http;
        TestHttp clerk = new TestHttp(port, TestTokens.clerkOf(reportId.substring(0, 18)));
        assertThat(withKey(clerk).put("/api/reports/" + reportId + "/figures", SET_TO_8).status()).isEqualTo(200);

        Answer sameKeyOtherUser = withKey(otherClerk).put("/api/reports/" + otherReport + "/figures", SET_TO_9);

        assertThat(sameKeyOtherUser.status()).isEqualTo(200);
        assertThat(sameKeyOtherUser.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(sameKeyOtherUser.json().get("figures").get("s3.received.total").asInt()).isEqualTo(9);
    }

    @Test
    void aRetryWhileTheFirstRequestStillRunsIsToldToWait() throws Exception {
        CompletableFuture<Answer> first;
        try (Connection lock = dataSource.getConnection()) {
            // The first request's projection update waits for this lock on the report's row.
            lock.setAutoCommit(false);
            lock.createStatement().execute("SELECT 1 FROM report_view WHERE report_id = '" + reportId + "' FOR UPDATE");
            first = CompletableFuture.supplyAsync(() -> withKey(http).put(figures(), SET_TO_8));
            await().atMost(Duration.ofSeconds(10)).until(() -> claimed(key));

            Answer retry = withKey(http).put(figures(), SET_TO_8);

            assertProblem(retry, 409, "仍在处理中");
            assertThat(retry.headers().firstValue("Retry-After")).hasValue("1");
            lock.rollback();
        }
        assertThat(first.get().status()).isEqualTo(200);
        assertThat(withKey(http).put(figures(), SET_TO_8).headers().firstValue("Idempotent-Replayed"))
                .hasValue("true");
    }

    /**
     * A request whose process was killed leaves its claim without an answer; once that instance has stopped
     * beating, the retry runs at once instead of being told to wait for minutes. A claim of another live instance
     * holds: its request may still run.
     */
    @Test
    void aClaimLeftByAKilledInstanceIsTakenOverByTheRetry() {
        assertThat(withKey(http).put(figures(), SET_TO_8).status()).isEqualTo(200);
        assertThat(http.put(figures(), SET_TO_9).status()).isEqualTo(200);
        UUID otherLiveInstance = UUID.randomUUID();
        jdbc.sql("INSERT INTO service_instance (instance_id, started_at, heartbeat_at) VALUES (?, ?, ?)")
                .params(otherLiveInstance, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()))
                .update();
        unanswer(key, otherLiveInstance);
        assertProblem(withKey(http).put(figures(), SET_TO_8), 409, "仍在处理中");

        unanswer(key, UUID.randomUUID());
        Answer retry = withKey(http).put(figures(), SET_TO_8);

        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(figure()).isEqualTo(8);
    }

    /**
     * What the long fault-injection run met: a request failed because the database went away under it, and so did
     * the release of its key, which stayed claimed by this (live) instance; its retry was told 409 "still running"
     * for minutes. No request of this instance runs the key any more, so the retry takes the claim over.
     */
    @Test
    void aClaimLeftByAFailedRequestOfThisInstanceIsTakenOverByTheRetry() {
        assertThat(withKey(http).put(figures(), SET_TO_8).status()).isEqualTo(200);
        assertThat(http.put(figures(), SET_TO_9).status()).isEqualTo(200);
        unanswer(key, serviceInstance.id());

        Answer retry = withKey(http).put(figures(), SET_TO_8);

        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(figure()).isEqualTo(8);
    }

    /**
     * The database connection of a request is cut while the request waits on it (as when PostgreSQL stops): the
     * answer is 503 problem JSON with {@code Retry-After}, nothing is saved, and the retry with the same key runs.
     */
    @Test
    void aRequestWhoseDatabaseConnectionIsCutGets503AndItsRetryRuns() throws Exception {
        CompletableFuture<Answer> first;
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            lock.createStatement().execute("SELECT 1 FROM report_view WHERE report_id = '" + reportId + "' FOR UPDATE");
            first = CompletableFuture.supplyAsync(() -> withKey(http).put(figures(), SET_TO_8));
            await().atMost(Duration.ofSeconds(10)).until(() -> waitingBackend().isPresent());

            jdbc.sql("SELECT pg_terminate_backend(?)").param(waitingBackend().orElseThrow()).query(Boolean.class)
                    .single();
            Answer cut = first.get();

            assertProblem(cut, 503, "");
            assertThat(cut.headers().firstValue("Retry-After")).isPresent();
            lock.rollback();
        }
        assertThat(figure()).isZero();
        assertThat(http.get(figures() + "/s3.received.total/history").json().size()).isZero();

        Answer retry = withKey(http).put(figures(), SET_TO_8);

        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(figure()).isEqualTo(8);
    }

    /**
     * What the long fault-injection run met: the change was committed, the database went away before the answer was
     * stored, and the retry ran the command a second time. The change and its answer now commit together: if the
     * answer cannot be stored, the change is not kept either, and the retry applies it once.
     */
    @Test
    void aChangeWhoseAnswerCannotBeStoredIsNotKeptAndItsRetryAppliesItOnce() {
        jdbc.sql("""
                CREATE FUNCTION database_gone() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'the database went away' USING ERRCODE = 'admin_shutdown'; END $$""").update();
        jdbc.sql("""
                CREATE TRIGGER database_gone_before_the_answer BEFORE UPDATE ON idempotent_request
                FOR EACH ROW WHEN (NEW.status IS NOT NULL) EXECUTE FUNCTION database_gone()""").update();
        Answer lost;
        try {
            lost = withKey(http).put(figures(), SET_TO_8);
        } finally {
            jdbc.sql("DROP TRIGGER database_gone_before_the_answer ON idempotent_request").update();
            jdbc.sql("DROP FUNCTION database_gone()").update();
        }

        assertProblem(lost, 503, "");
        assertThat(figure()).isZero();
        assertThat(http.get(figures() + "/s3.received.total/history").json().size()).isZero();

        Answer retry = withKey(http).put(figures(), SET_TO_8);

        assertThat(retry.status()).isEqualTo(200);
        assertThat(figure()).isEqualTo(8);
        assertThat(http.get(figures() + "/s3.received.total/history").json().size()).isEqualTo(1);
        assertThat(withKey(http).put(figures(), SET_TO_8).headers().firstValue("Idempotent-Replayed"))
                .hasValue("true");
    }

    /** The server process of the request that waits for the lock on the report's row. */
    private java.util.Optional<Integer> waitingBackend() {
        return jdbc.sql("""
                        SELECT pid FROM pg_stat_activity
                        WHERE wait_event_type = 'Lock' AND datname = current_database() AND pid <> pg_backend_pid()""")
                .query(Integer.class).optional();
    }

    /** Makes the key's entry look like a claim of that instance whose request has not answered yet. */
    private void unanswer(String idempotencyKey, java.util.UUID instance) {
        jdbc.sql("""
                        UPDATE idempotent_request SET status = NULL, body = NULL, content_type = NULL,
                                                      claimed_by = ?, started_at = ?
                        WHERE idempotency_key = ?""")
                .params(instance, Timestamp.from(Instant.now()), idempotencyKey)
                .update();
    }

    @Test
    void aRequestRefusedForItsUserClaimsNoKey() {
        TestHttp otherAgencysClerk = new TestHttp(port, TestTokens.clerkOf(newCreditCode()));

        assertThat(withKey(otherAgencysClerk).put(figures(), SET_TO_8).status()).isEqualTo(403);

        assertThat(claimed(key)).isFalse();
    }

    @Test
    void aKeyIsForgottenAfterADay() {
        assertThat(withKey(http).put(figures(), SET_TO_8).status()).isEqualTo(200);
        Instant expiresAt = jdbc.sql("SELECT expires_at FROM idempotent_request WHERE idempotency_key = ?")
                .param(key).query(Timestamp.class).single().toInstant();
        Instant inADay = Instant.now().plus(Duration.ofHours(24));
        assertThat(expiresAt).isBetween(inADay.minus(Duration.ofMinutes(1)), inADay);
        assertThat(http.put(figures(), SET_TO_9).status()).isEqualTo(200);

        expire(key);
        Answer afterADay = withKey(http).put(figures(), SET_TO_8);

        assertThat(afterADay.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(figure()).isEqualTo(8);
    }

    @Test
    void expiredKeysAreDeleted() {
        assertThat(withKey(http).put(figures(), SET_TO_8).status()).isEqualTo(200);
        expire(key);

        assertThat(idempotentRequests.deleteExpired()).isPositive();

        assertThat(claimed(key)).isFalse();
    }

    @Test
    void aMalformedKeyIsRefused() {
        assertProblem(http.withHeader("Idempotency-Key", "x".repeat(256)).put(figures(), SET_TO_8), 400,
                "Idempotency-Key");
        assertThat(figure()).isZero();
    }

    private TestHttp withKey(TestHttp client) {
        return client.withHeader("Idempotency-Key", key);
    }

    private String figures() {
        return "/api/reports/" + reportId + "/figures";
    }

    private int figure() {
        return http.get("/api/reports/" + reportId).json().get("figures").path("s3.received.total").asInt();
    }

    private boolean claimed(String idempotencyKey) {
        return jdbc.sql("SELECT count(*) FROM idempotent_request WHERE idempotency_key = ?").param(idempotencyKey)
                .query(Long.class).single() > 0;
    }

    private void expire(String idempotencyKey) {
        jdbc.sql("UPDATE idempotent_request SET expires_at = ? WHERE idempotency_key = ?")
                .params(Timestamp.from(Instant.now().minus(1, ChronoUnit.SECONDS)), idempotencyKey)
                .update();
    }

    private static void assertProblem(Answer answer, int status, String messagePart) {
        HostileInputIT.assertProblem(answer, status, messagePart);
    }
}
