package cn.govdisclosure.publication.webhook;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The webhook outbox ({@code webhook_delivery}) and its attempts, as the dispatcher and operators use them. */
@Repository
class WebhookDeliveries {

    /*
     * Claiming pushes next_attempt_at out by a lease and commits at once, so no lock is held during the HTTP call.
     * SKIP LOCKED lets several instances claim side by side without taking the same row; a claim whose instance
     * dies before recording the outcome simply comes due again when the lease runs out (at least once).
     */
    private static final String CLAIM_DUE = """
            UPDATE webhook_delivery
               SET next_attempt_at = :leaseUntil, attempts = attempts + 1,
                   first_attempt_at = COALESCE(first_attempt_at, :now)
             WHERE delivery_id IN (SELECT delivery_id FROM webhook_delivery
                                    WHERE status = 'PENDING' AND next_attempt_at <= :now
                                    ORDER BY next_attempt_at
                                    LIMIT :batch
                                      FOR UPDATE SKIP LOCKED)
            RETURNING delivery_id, endpoint, payload, attempts, first_attempt_at
            """;

    private static final String COLUMNS = """
            SELECT delivery_id, endpoint, credit_code, year, version, event, status, attempts, created_at,
                   next_attempt_at, delivered_at, last_error
              FROM webhook_delivery
            """;

    private final JdbcClient jdbc;

    WebhookDeliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A delivery claimed for one attempt; {@code attempt} counts from 1. */
    record Claimed(String deliveryId, String endpoint, String payload, int attempt, Instant firstAttemptAt) {
    }

    List<Claimed> claimDue(Instant now, Instant leaseUntil, int batch) {
        return jdbc.sql(CLAIM_DUE)
                .param("now", utc(now))
                .param("leaseUntil", utc(leaseUntil))
                .param("batch", batch)
                .query((rs, row) -> new Claimed(rs.getString("delivery_id"), rs.getString("endpoint"),
                        rs.getString("payload"), rs.getInt("attempts"),
                        rs.getObject("first_attempt_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * Records an attempt and what follows from it: {@code DELIVERED}, {@code FAILED}, or {@code PENDING} again at
     * {@code nextAttemptAt}.
     */
    @Transactional
    void record(Claimed claimed, WebhookAttempt attempt, String status, Instant nextAttemptAt) {
        jdbc.sql("""
                        INSERT INTO webhook_attempt (delivery_id, attempt, attempted_at, status_code, error, duration_ms)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (delivery_id, attempt) DO NOTHING
                        """)
                .params(claimed.deliveryId(), claimed.attempt(), utc(attempt.attemptedAt()), attempt.statusCode(),
                        attempt.error(), attempt.durationMillis())
                .update();
        jdbc.sql("""
                        UPDATE webhook_delivery
                           SET status = ?, next_attempt_at = ?, last_error = ?,
                               delivered_at = CASE WHEN ? = 'DELIVERED' THEN ? END
                         WHERE delivery_id = ?
                        """)
                .params(status, utc(nextAttemptAt), attempt.error() != null ? attempt.error()
                                : attempt.statusCode() != null && attempt.statusCode() / 100 != 2
                                ? "HTTP " + attempt.statusCode() : null,
                        status, utc(attempt.attemptedAt()), claimed.deliveryId())
                .update();
    }

    /** Deliveries, newest first, with their attempts; {@code status} and {@code creditCode} narrow them if given. */
    List<WebhookDeliveryView> list(String status, String creditCode, int limit) {
        List<WebhookDeliveryView> deliveries = jdbc.sql(COLUMNS + """
                         WHERE (CAST(:status AS TEXT) IS NULL OR status = :status)
                           AND (CAST(:creditCode AS TEXT) IS NULL OR credit_code = :creditCode)
                         ORDER BY created_at DESC, delivery_id
                         LIMIT :limit
                        """)
                .param("status", status)
                .param("creditCode", creditCode)
                .param("limit", limit)
                .query((rs, row) -> new WebhookDeliveryView(rs.getString("delivery_id"), rs.getString("endpoint"),
                        rs.getString("credit_code"), rs.getInt("year"), rs.getInt("version"),
                        rs.getString("event"), rs.getString("status"), rs.getInt("attempts"),
                        instant(rs.getObject("created_at", OffsetDateTime.class)),
                        instant(rs.getObject("next_attempt_at", OffsetDateTime.class)),
                        instant(rs.getObject("delivered_at", OffsetDateTime.class)), rs.getString("last_error"),
                        List.of()))
                .list();
        if (deliveries.isEmpty()) {
            return deliveries;
        }
        Map<String, List<WebhookAttempt>> attempts = jdbc.sql("""
                        SELECT delivery_id, attempted_at, status_code, error, duration_ms
                          FROM webhook_attempt
                         WHERE delivery_id IN (:ids)
                         ORDER BY delivery_id, attempt
                        """)
                .param("ids", deliveries.stream().map(WebhookDeliveryView::deliveryId).toList())
                .query((rs, row) -> Map.entry(rs.getString("delivery_id"), new WebhookAttempt(
                        rs.getObject("attempted_at", OffsetDateTime.class).toInstant(),
                        (Integer) rs.getObject("status_code"), rs.getString("error"), rs.getLong("duration_ms"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return deliveries.stream()
                .map(delivery -> delivery.withAttempts(attempts.getOrDefault(delivery.deliveryId(), List.of())))
                .toList();
    }

    boolean exists(String deliveryId) {
        return jdbc.sql("SELECT count(*) FROM webhook_delivery WHERE delivery_id = ?").params(deliveryId)
                .query(Integer.class).single() > 0;
    }

    /** Puts a failed delivery back in the queue, due now, with a fresh retry window; false if it had not failed. */
    boolean retry(String deliveryId, Instant now) {
        return jdbc.sql("""
                        UPDATE webhook_delivery
                           SET status = 'PENDING', next_attempt_at = ?, first_attempt_at = NULL
                         WHERE delivery_id = ? AND status = 'FAILED'
                        """)
                .params(utc(now), deliveryId)
                .update() == 1;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
