package cn.govdisclosure.submission.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The {@code idempotent_request} table: which user sent which {@code Idempotency-Key} with which request, and the
 * answer it got. A claim commits on its own, so that a concurrent retry sees it at once; the answer is stored in the
 * transaction of the request it answers (see {@link IdempotencyFilter}).
 */
@Component
public class IdempotentRequests {

    /** How long a key is remembered. */
    public static final Duration LIFETIME = Duration.ofHours(24);
    /**
     * A claim without an answer this old belongs to a request that died with its process: its retry may run. No
     * command takes this long; a request times out on its database connection well before.
     */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ServiceInstance instance;
    /** The keys (user and key) whose request runs in this instance now. */
    private final Set<List<String>> running = ConcurrentHashMap.newKeySet();

    IdempotentRequests(JdbcClient jdbc, Clock clock, ServiceInstance instance) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.instance = instance;
    }

    /** The first request sent with a key, and its answer once it has one. */
    record Entry(String requestHash, Integer status, String contentType, String location, byte[] body) {

        boolean answered() {
            return status != null;
        }
    }

    /**
     * Marks the key as run by a request of this instance, until {@link #finishHere}: false if another request of this
     * instance runs it already. Only a request that started here may {@link #claim} the key.
     */
    boolean startHere(String username, String key) {
        return running.add(List.of(username, key));
    }

    void finishHere(String username, String key) {
        running.remove(List.of(username, key));
    }

    /**
     * Claims the key for this request, which {@link #startHere started here}: true if no live entry holds it (none,
     * an expired one, or an abandoned claim of the same request), false if one does. One statement, so that of two
     * racing requests only one wins. A claim is abandoned when it is older than {@link #ABANDONED_AFTER}, when the
     * instance that made it has stopped beating (killed while the request ran), or when this instance made it: no
     * request of this instance runs the key any more (this one is the only one), so the request that claimed it
     * failed and could not release it, as when the database went away under it.
     */
    boolean claim(String username, String key, String method, String path, String requestHash) {
        if (!running.contains(List.of(username, key))) {
            throw new IllegalStateException("The key is claimed only by a request that started here");
        }
        Instant now = clock.instant();
        return jdbc.sql("""
                        INSERT INTO idempotent_request (username, idempotency_key, method, path, request_hash,
                                                        started_at, expires_at, claimed_by)
                        VALUES (:username, :key, :method, :path, :hash, :now, :expiresAt, :instance)
                        ON CONFLICT (username, idempotency_key) DO UPDATE
                            SET method = EXCLUDED.method, path = EXCLUDED.path, request_hash = EXCLUDED.request_hash,
                                status = NULL, content_type = NULL, location = NULL, body = NULL,
                                started_at = EXCLUDED.started_at, expires_at = EXCLUDED.expires_at,
                                claimed_by = EXCLUDED.claimed_by
                            WHERE idempotent_request.expires_at <= EXCLUDED.started_at
                               OR (idempotent_request.status IS NULL
                                   AND idempotent_request.request_hash = EXCLUDED.request_hash
                                   AND (idempotent_request.started_at < :abandonedBefore
                                        OR idempotent_request.claimed_by = :instance
                                        OR (idempotent_request.claimed_by IS NOT NULL AND NOT EXISTS (
                                                SELECT 1 FROM service_instance
                                                WHERE instance_id = idempotent_request.claimed_by
                                                  AND heartbeat_at >= :deadBefore))))""")
                .param("username", username)
                .param("key", key)
                .param("method", method)
                .param("path", path)
                .param("hash", requestHash)
                .param("now", Timestamp.from(now))
                .param("expiresAt", Timestamp.from(now.plus(LIFETIME)))
                .param("abandonedBefore", Timestamp.from(now.minus(ABANDONED_AFTER)))
                .param("instance", instance.id())
                .param("deadBefore", Timestamp.from(now.minus(ServiceInstance.DEAD_AFTER)))
                .update() == 1;
    }

    /** The live entry holding the key, if any. */
    Optional<Entry> find(String username, String key) {
        return jdbc.sql("""
                        SELECT request_hash, status, content_type, location, body FROM idempotent_request
                        WHERE username = ? AND idempotency_key = ? AND expires_at > ?""")
                .params(username, key, Timestamp.from(clock.instant()))
                .query(IdempotentRequests::entry).optional();
    }

    void answer(String username, String key, int status, String contentType, String location, byte[] body) {
        jdbc.sql("""
                        UPDATE idempotent_request SET status = ?, content_type = ?, location = ?, body = ?
                        WHERE username = ? AND idempotency_key = ?""")
                .params(status, contentType, location, body, username, key)
                .update();
    }

    /** Gives the key up: the request failed without an answer worth repeating, and its retry runs again. */
    void release(String username, String key) {
        jdbc.sql("DELETE FROM idempotent_request WHERE username = ? AND idempotency_key = ? AND status IS NULL")
                .params(username, key)
                .update();
    }

    /** Forgets expired keys; their entries are already ignored, this only keeps the table small. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    public int deleteExpired() {
        return jdbc.sql("DELETE FROM idempotent_request WHERE expires_at <= ?")
                .param(Timestamp.from(clock.instant()))
                .update();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getString("request_hash"), (Integer) rs.getObject("status"), rs.getString("content_type"),
                rs.getString("location"), rs.getBytes("body"));
    }
}
