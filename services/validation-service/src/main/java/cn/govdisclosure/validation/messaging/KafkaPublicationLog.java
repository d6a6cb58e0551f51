package cn.govdisclosure.validation.messaging;

import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.kernel.messaging.UnreadableMessageException;
import cn.govdisclosure.kernel.publication.ReportPublishedEvent;
import cn.govdisclosure.support.messaging.InboundMessage;
import cn.govdisclosure.validation.history.PublicationLog;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code publication.events} read from the beginning by a consumer of its own (no group, nothing committed, the
 * listener's position untouched), each record handed to {@link PublicationEventsListener} as if delivered live. The
 * topic keeps every message, so it is the log the published known reports are rebuilt from.
 */
@Component
class KafkaPublicationLog implements PublicationLog {

    private static final Logger log = LoggerFactory.getLogger(KafkaPublicationLog.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final ConsumerFactory<?, ?> consumers;
    private final PublicationEventsListener listener;

    KafkaPublicationLog(ConsumerFactory<?, ?> consumers, PublicationEventsListener listener) {
        this.consumers = consumers;
        this.listener = listener;
    }

    @Override
    public long replayPublishedReports() {
        Map<String, Object> config = new HashMap<>(consumers.getConfigurationProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "validation.publication-events.rebuild");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.PUBLICATION_EVENTS).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = Map.copyOf(consumer.endOffsets(partitions));
            Map<TopicPartition, Long> unread = new HashMap<>(ends);
            long events = 0;
            while (!caughtUp(consumer, unread)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < ends.get(partition)) {
                        events += replay(record);
                    }
                }
            }
            return events;
        }
    }

    /** Drops (and pauses) the partitions read up to their end offset; whether none is left. */
    private static boolean caughtUp(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> unread) {
        unread.entrySet().removeIf(end -> consumer.position(end.getKey()) >= end.getValue());
        consumer.pause(consumer.assignment().stream().filter(partition -> !unread.containsKey(partition)).toList());
        return unread.isEmpty();
    }

    /** The listener's own handling; a message it would have parked in the dead-letter topic is skipped. */
    private long replay(ConsumerRecord<String, byte[]> record) {
        if (!InboundMessage.carries(record, ReportPublishedEvent.class)) {
            return 0;
        }
        try {
            listener.on(record);
            return 1;
        } catch (UnreadableMessageException e) {
            log.warn("Rebuild skips {}-{}@{}, as live handling parked it: {}", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            return 0;
        }
    }
}
