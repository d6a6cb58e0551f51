package cn.govdisclosure.submission.web;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * This running instance of the service, as the other instances see it: a row in {@code service_instance} whose
 * heartbeat it renews every {@link #HEARTBEAT}, removed when it stops. What it claimed (an idempotency key) is known
 * to be abandoned once its heartbeat is older than {@link #DEAD_AFTER}, that is once the process is gone.
 */
@Component
public class ServiceInstance {

    static final Duration HEARTBEAT = Duration.ofSeconds(2);
    static final Duration DEAD_AFTER = Duration.ofSeconds(8);
    static final Duration SIGN_OFF = Duration.ofSeconds(2);

    private static final Logger log = LoggerFactory.getLogger(ServiceInstance.class);

    private final UUID id = UUID.randomUUID();
    private final JdbcClient jdbc;
    private final Clock clock;

    ServiceInstance(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO service_instance (instance_id, started_at, heartbeat_at) VALUES (?, ?, ?)")
                .params(id, Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    public UUID id() {
        return id;
    }

    /** Best effort: while the database is unavailable nothing can be claimed either. */
    @Scheduled(fixedDelayString = "PT2S")
    void beat() {
        try {
            Instant now = clock.instant();
            jdbc.sql("""
                            INSERT INTO service_instance (instance_id, started_at, heartbeat_at) VALUES (?, ?, ?)
                            ON CONFLICT (instance_id) DO UPDATE SET heartbeat_at = EXCLUDED.heartbeat_at""")
                    .params(id, Timestamp.from(now), Timestamp.from(now))
                    .update();
            jdbc.sql("DELETE FROM service_instance WHERE heartbeat_at < ?")
                    .param(Timestamp.from(now.minus(Duration.ofDays(1))))
                    .update();
        } catch (RuntimeException e) {
            log.warn("Heartbeat of instance {} not recorded: {}", id, e.toString());
        }
    }

    /**
     * Runs after the web server finished the requests in flight (graceful shutdown). Waits at most {@link #SIGN_OFF}:
     * with the database gone, the pool would hold the stopping process for its whole connection timeout (30 s) for a
     * row whose stale heartbeat tells the same after {@link #DEAD_AFTER}.
     */
    @PreDestroy
    void stop() {
        try {
            CompletableFuture.runAsync(() -> jdbc.sql("DELETE FROM service_instance WHERE instance_id = ?")
                    .param(id).update()).get(SIGN_OFF.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Instance {} could not sign off: {}", id, e.toString());
        }
    }
}
