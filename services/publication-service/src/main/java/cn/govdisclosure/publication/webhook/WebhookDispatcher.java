package cn.govdisclosure.publication.webhook;

import cn.govdisclosure.publication.config.PublicationProperties;
import cn.govdisclosure.publication.config.PublicationProperties.Webhook;
import cn.govdisclosure.publication.config.PublicationProperties.WebhookDelivery;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due webhook deliveries from the outbox, one attempt each, and records how each went and what follows
 * ({@link WebhookRetryPolicy}). A failed delivery waits for an operator to re-drive it.
 */
@Component
class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 10;

    private final WebhookDeliveries deliveries;
    private final Map<String, Webhook> endpoints;
    private final WebhookDelivery policy;
    private final WebhookRetryPolicy retries;
    private final HttpClient http;
    private final Clock clock;
    private final MeterRegistry meters;

    WebhookDispatcher(WebhookDeliveries deliveries, PublicationProperties properties, Clock clock,
                      MeterRegistry meters) {
        this.deliveries = deliveries;
        this.endpoints = properties.webhooks().stream()
                .collect(Collectors.toMap(Webhook::name, Function.identity()));
        this.policy = properties.webhookDelivery();
        this.retries = new WebhookRetryPolicy(policy);
        this.http = HttpClient.newBuilder().connectTimeout(policy.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.clock = clock;
        this.meters = meters;
    }

    @Scheduled(fixedDelayString = "${publication.webhook-delivery.poll-interval:PT1S}")
    void dispatchDue() {
        Instant now = clock.instant();
        // The batch is sent one by one; the lease outlasts all of it, so no other instance claims a row still waiting
        // its turn here. If this instance dies, its rows come due again when the lease runs out.
        Instant leaseUntil = now.plus(policy.timeout().multipliedBy(BATCH + 1));
        for (WebhookDeliveries.Claimed claimed : deliveries.claimDue(now, leaseUntil, BATCH)) {
            deliver(claimed);
        }
    }

    private void deliver(WebhookDeliveries.Claimed claimed) {
        Webhook endpoint = endpoints.get(claimed.endpoint());
        if (endpoint == null) {
            record(claimed, new WebhookAttempt(clock.instant(), null, "endpoint no longer configured", 0), "FAILED",
                    clock.instant());
            return;
        }
        WebhookAttempt attempt = attempt(endpoint, claimed);
        counter("publication.webhooks.attempts", endpoint.name()).increment();
        WebhookRetryPolicy.Next next = retries.after(attempt.statusCode(), claimed.attempt(), attempt.attemptedAt(),
                claimed.firstAttemptAt());
        record(claimed, attempt, next.status().name(), next.at());
    }

    private WebhookAttempt attempt(Webhook endpoint, WebhookDeliveries.Claimed claimed) {
        Instant start = clock.instant();
        long timestamp = start.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(endpoint.url())
                .timeout(policy.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("X-Webhook-Id", claimed.deliveryId())
                .header("X-Webhook-Timestamp", Long.toString(timestamp))
                .header("X-Webhook-Signature", WebhookSignature.sign(endpoint.secret(), timestamp, claimed.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(claimed.payload(), StandardCharsets.UTF_8))
                .build();
        long started = System.nanoTime();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new WebhookAttempt(start, status, null, millisSince(started));
        } catch (IOException e) {
            return new WebhookAttempt(start, null, e.getClass().getSimpleName() + ": " + e.getMessage(),
                    millisSince(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new WebhookAttempt(start, null, "interrupted", millisSince(started));
        }
    }

    private void record(WebhookDeliveries.Claimed claimed, WebhookAttempt attempt, String status, Instant next) {
        deliveries.record(claimed, attempt, status, next);
        if (!"PENDING".equals(status)) {
            counter("DELIVERED".equals(status) ? "publication.webhooks.delivered" : "publication.webhooks.failed",
                    claimed.endpoint()).increment();
        }
        if ("FAILED".equals(status)) {
            log.warn("Webhook delivery {} failed for good after attempt {}: {}", claimed.deliveryId(),
                    claimed.attempt(), attempt.error() != null ? attempt.error() : "HTTP " + attempt.statusCode());
        }
    }

    private Counter counter(String name, String endpoint) {
        return Counter.builder(name).tag("endpoint", endpoint).register(meters);
    }

    private static long millisSince(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
    }
}
