package cn.govdisclosure.publication.webhook;

import cn.govdisclosure.publication.config.PublicationProperties.WebhookDelivery;
import java.time.Duration;
import java.time.Instant;

/**
 * What follows an attempt. 2xx delivers. 408, 429, 5xx and no answer (a null status) may pass, so they are retried
 * after {@code initialBackoff}, doubled per earlier attempt up to {@code maxBackoff}, until {@code retryFor} after
 * the first attempt, when one last attempt is made. Any other answer fails at once: the same request would get it
 * again.
 */
record WebhookRetryPolicy(WebhookDelivery settings) {

    enum Status { PENDING, DELIVERED, FAILED }

    record Next(Status status, Instant at) {
    }

    Next after(Integer statusCode, int attempt, Instant attemptedAt, Instant firstAttemptAt) {
        if (statusCode != null && statusCode / 100 == 2) {
            return new Next(Status.DELIVERED, attemptedAt);
        }
        if (!mayPass(statusCode)) {
            return new Next(Status.FAILED, attemptedAt);
        }
        Instant giveUpAt = firstAttemptAt.plus(settings.retryFor());
        if (!attemptedAt.isBefore(giveUpAt)) {
            return new Next(Status.FAILED, attemptedAt);
        }
        Instant next = attemptedAt.plus(backoff(attempt));
        return new Next(Status.PENDING, next.isAfter(giveUpAt) ? giveUpAt : next);
    }

    /** The wait after attempt {@code attempt} (from 1). */
    Duration backoff(int attempt) {
        Duration wait = settings.initialBackoff();
        for (int i = 1; i < attempt && wait.compareTo(settings.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }

    private static boolean mayPass(Integer statusCode) {
        return statusCode == null || statusCode == 408 || statusCode == 429 || statusCode / 100 == 5;
    }
}
