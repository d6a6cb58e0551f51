package cn.govdisclosure.publication.webhook;

import java.time.Instant;

/** One attempt to deliver a webhook: the receiver's HTTP status, or the error when it gave no answer. */
record WebhookAttempt(Instant attemptedAt, Integer statusCode, String error, long durationMillis) {
}
