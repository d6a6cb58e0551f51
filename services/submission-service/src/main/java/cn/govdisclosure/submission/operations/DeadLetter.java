package cn.govdisclosure.submission.operations;

import java.time.Instant;

/**
 * A message parked in a dead-letter topic ({@code dltTopic}, partition, offset), with where it came from, which
 * consumer group gave up on it and why, and what an operator did with it ({@code state}: OPEN, REPLAYED or
 * DISCARDED; {@code action} null while open).
 */
public record DeadLetter(String dltTopic, int partition, long offset, String originalTopic, Integer originalPartition,
                         Long originalOffset, String consumerGroup, String key, String messageId, String messageType,
                         String sender, String exceptionClass, String error, Instant deadLetteredAt, String state,
                         DeadLetterAction action) {
}
