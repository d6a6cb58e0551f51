package cn.govdisclosure.submission.operations;

import java.time.Instant;

/** What an operator did with a dead letter: replayed it to its topic or discarded it, by whom, when and why. */
public record DeadLetterAction(String dltTopic, int partition, long offset, String messageId, String action,
                               String reason, String actedBy, Instant actedAt) {
}
