package cn.govdisclosure.publication.webhook;

import java.time.Instant;
import java.util.List;

/** A webhook delivery as operators see it, with every attempt so far. */
record WebhookDeliveryView(String deliveryId, String endpoint, String creditCode, int year, int version, String event,
                           String status, int attemptCount, Instant createdAt, Instant nextAttemptAt, Instant deliveredAt,
                           String lastError, List<WebhookAttempt> attempts) {

    WebhookDeliveryView withAttempts(List<WebhookAttempt> log) {
        return new WebhookDeliveryView(deliveryId, endpoint, creditCode, year, version, event, status, attemptCount,
                createdAt, nextAttemptAt, deliveredAt, lastError, List.copyOf(log));
    }
}
