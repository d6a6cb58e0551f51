package cn.govdisclosure.publication;

import org.awaitility.Awaitility;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from the beginning, as an outside consumer with its own group would, and keeps the records of one
 * key: the broker is shared by every test in the JVM, so each test looks only at its own report.
 */
public final class TopicProbe implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final KafkaConsumer<String, byte[]> consumer;
    private final String key;
    private final List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();

    private TopicProbe(String bootstrapServers, String topic, String key) {
        this.key = key;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
        List<TopicPartition> partitions = consumer.partitionsFor(topic, TIMEOUT).stream()
                .map(partition -> new TopicPartition(topic, partition.partition())).toList();
        // Assigned, not subscribed: no group rebalance to wait for, and every partition read from its start.
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    public static TopicProbe on(String bootstrapServers, String topic, String key) {
        return new TopicProbe(bootstrapServers, topic, key);
    }

    /** Waits until at least {@code count} records with the key have arrived, and returns all of them so far. */
    public List<ConsumerRecord<String, byte[]>> await(int count) {
        Awaitility.await().atMost(TIMEOUT).pollInSameThread().pollInterval(Duration.ofMillis(50))
                .until(() -> poll().size() >= count);
        return List.copyOf(received);
    }

    /** Every record with the key up to the current end of the topic. */
    public List<ConsumerRecord<String, byte[]>> readToEnd() {
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment(), TIMEOUT);
        Awaitility.await().atMost(TIMEOUT).pollInSameThread().pollInterval(Duration.ofMillis(50)).until(() -> {
            poll();
            return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
        });
        return List.copyOf(received);
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private List<ConsumerRecord<String, byte[]>> poll() {
        consumer.poll(Duration.ofMillis(100)).forEach(record -> {
            if (key.equals(record.key())) {
                received.add(record);
            }
        });
        return received;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
