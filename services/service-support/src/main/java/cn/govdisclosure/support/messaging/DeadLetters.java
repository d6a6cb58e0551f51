package cn.govdisclosure.support.messaging;

import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.kernel.messaging.UnreadableMessageException;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * What happens to a message whose handling fails. While the database or the broker is unavailable the message is
 * retried, with growing pauses, for as long as that lasts: the outage passes and the message must not be parked
 * for it. A message that fails for its own sake is retried a few times, then published to the topic's dead-letter
 * topic (same partition, original headers plus the exception), logged and counted in
 * {@code messaging.dead.letters}; it is never dropped. An unreadable message is not retried: it cannot get better.
 */
final class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final long LONGEST_PAUSE_MS = 30_000;

    private DeadLetters() {
    }

    static DefaultErrorHandler errorHandler(KafkaOperations<?, ?> kafka, MessagingProperties properties,
                                            MeterRegistry meters) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> new TopicPartition(Topics.deadLetterTopicOf(record.topic()),
                        record.partition()));
        DefaultErrorHandler handler = new DefaultErrorHandler((record, exception) -> {
            recoverer.accept(record, exception);
            meters.counter("messaging.dead.letters", "topic", record.topic()).increment();
            log.error("Message {} moved to {}: {}", describe(record), Topics.deadLetterTopicOf(record.topic()),
                    Transience.rootCause(exception).toString(), exception);
        }, limited(properties));
        handler.setBackOffFunction((record, exception) -> Transience.isTransient(exception)
                ? untilItPasses(properties) : null);
        handler.addNotRetryableExceptions(UnreadableMessageException.class);
        return handler;
    }

    private static BackOff limited(MessagingProperties properties) {
        ExponentialBackOff backOff = new ExponentialBackOff(properties.initialBackoff().toMillis(), 2.0);
        backOff.setMaxAttempts(properties.attempts() - 1);
        return backOff;
    }

    private static BackOff untilItPasses(MessagingProperties properties) {
        ExponentialBackOff backOff = new ExponentialBackOff(properties.initialBackoff().toMillis(), 2.0);
        backOff.setMaxInterval(LONGEST_PAUSE_MS);
        return backOff;
    }

    private static String describe(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset() + " (key " + record.key() + ")";
    }
}
