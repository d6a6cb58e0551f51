package cn.govdisclosure.submission.operations;

import cn.govdisclosure.kernel.messaging.MessageHeaders;
import cn.govdisclosure.support.web.ConflictException;
import cn.govdisclosure.support.web.ResourceNotFoundException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messages every service's consumers parked in the {@code *.DLT} topics of the broker, read straight from those
 * topics (nothing is copied), with what operators did about them. An operator replays a dead letter — it goes back
 * to its original topic with its original key, body and headers, so its message id lets every consumer that handled
 * it before drop it — or discards it; either once, recorded with who, when and why in the append-only
 * {@code dead_letter_action} table.
 */
@Component
public class DeadLetterQueue {

    static final String DLT_SUFFIX = ".DLT";

    private final KafkaAdmin kafkaAdmin;
    private final ConsumerFactory<?, ?> consumers;
    private final KafkaTemplate<String, byte[]> kafka;
    private final JdbcClient jdbc;
    private final OperationsProperties properties;
    private final Clock clock;

    DeadLetterQueue(KafkaAdmin kafkaAdmin, ConsumerFactory<?, ?> consumers,
                    KafkaTemplate<String, byte[]> kafka, JdbcClient jdbc, OperationsProperties properties,
                    Clock clock) {
        this.kafkaAdmin = kafkaAdmin;
        this.consumers = consumers;
        this.kafka = kafka;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Every dead letter on the broker, oldest first within each topic; {@code openOnly} leaves out those dealt with. */
    public List<DeadLetter> list(boolean openOnly) {
        Map<String, DeadLetterAction> actions = actions().stream()
                .collect(Collectors.toMap(action -> key(action.dltTopic(), action.partition(), action.offset()),
                        Function.identity()));
        List<DeadLetter> letters = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : readAll()) {
            DeadLetterAction action = actions.get(key(record.topic(), record.partition(), record.offset()));
            if (!openOnly || action == null) {
                letters.add(describe(record, action));
            }
        }
        return letters;
    }

    public List<DeadLetterAction> actions() {
        return jdbc.sql("""
                        SELECT dlt_topic, dlt_partition, dlt_offset, message_id, action, reason, acted_by, acted_at
                        FROM dead_letter_action ORDER BY id""")
                .query((row, number) -> new DeadLetterAction(row.getString("dlt_topic"), row.getInt("dlt_partition"),
                        row.getLong("dlt_offset"), row.getString("message_id"), row.getString("action"),
                        row.getString("reason"), row.getString("acted_by"), row.getTimestamp("acted_at").toInstant()))
                .list();
    }

    /**
     * Sends the dead letter back to its original topic and records that, in one transaction: if the broker does not
     * acknowledge, nothing is recorded and the operator can try again.
     */
    @Transactional
    public DeadLetterAction replay(String dltTopic, int partition, long offset, String reason, String operator) {
        ConsumerRecord<String, byte[]> record = read(dltTopic, partition, offset);
        String originalTopic = header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC)
                .orElse(dltTopic.substring(0, dltTopic.length() - DLT_SUFFIX.length()));
        DeadLetterAction action = record(record, "REPLAYED", reason, operator);
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(KafkaHeaders.PREFIX + "dlt-")) {
                headers.add(header);
            }
        }
        try {
            kafka.send(new ProducerRecord<>(originalTopic, null, record.key(), record.value(), headers))
                    .get(properties.deadLetterReadTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while replaying " + describe(record), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not take the replay of " + describe(record), e);
        }
        return action;
    }

    @Transactional
    public DeadLetterAction discard(String dltTopic, int partition, long offset, String reason, String operator) {
        return record(read(dltTopic, partition, offset), "DISCARDED", reason, operator);
    }

    private DeadLetterAction record(ConsumerRecord<String, byte[]> record, String action, String reason,
                                    String operator) {
        Instant now = clock.instant();
        String messageId = header(record, MessageHeaders.MESSAGE_ID).orElse(null);
        try {
            jdbc.sql("""
                            INSERT INTO dead_letter_action (dlt_topic, dlt_partition, dlt_offset, message_id, action,
                                                            reason, acted_by, acted_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(record.topic(), record.partition(), record.offset(), messageId, action, reason, operator,
                            Timestamp.from(now))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("该死信已处理过：" + describe(record));
        }
        return new DeadLetterAction(record.topic(), record.partition(), record.offset(), messageId, action, reason,
                operator, now);
    }

    private ConsumerRecord<String, byte[]> read(String dltTopic, int partition, long offset) {
        if (!dltTopic.endsWith(DLT_SUFFIX)) {
            throw new ResourceNotFoundException("没有死信主题 " + dltTopic);
        }
        TopicPartition topicPartition = new TopicPartition(dltTopic, partition);
        try (Consumer<String, byte[]> consumer = consumer()) {
            if (consumer.partitionsFor(dltTopic, timeout()).stream().noneMatch(p -> p.partition() == partition)) {
                throw new ResourceNotFoundException("没有死信 " + key(dltTopic, partition, offset));
            }
            consumer.assign(List.of(topicPartition));
            long end = consumer.endOffsets(List.of(topicPartition), timeout()).get(topicPartition);
            if (offset < 0 || offset >= end) {
                throw new ResourceNotFoundException("没有死信 " + key(dltTopic, partition, offset));
            }
            consumer.seek(topicPartition, offset);
            long deadline = System.nanoTime() + timeout().toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() == offset) {
                        return record;
                    }
                }
            }
            throw new IllegalStateException("Could not read dead letter " + key(dltTopic, partition, offset));
        }
    }

    private List<ConsumerRecord<String, byte[]>> readAll() {
        List<TopicPartition> partitions = new ArrayList<>();
        try (Consumer<String, byte[]> consumer = consumer()) {
            for (String topic : deadLetterTopics()) {
                consumer.partitionsFor(topic, timeout())
                        .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout());
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + timeout().toNanos();
            while (!reachedEnd(consumer, ends) && System.nanoTime() < deadline) {
                ConsumerRecords<String, byte[]> batch = consumer.poll(Duration.ofMillis(200));
                batch.forEach(records::add);
            }
            if (!reachedEnd(consumer, ends)) {
                throw new IllegalStateException("Could not read the dead-letter topics within " + timeout());
            }
            records.sort(Comparator.<ConsumerRecord<String, byte[]>, String>comparing(ConsumerRecord::topic)
                    .thenComparingInt(ConsumerRecord::partition).thenComparingLong(ConsumerRecord::offset));
            return records;
        }
    }

    private static boolean reachedEnd(Consumer<String, byte[]> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private Collection<String> deadLetterTopics() {
        try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
            return admin.listTopics().names().get(timeout().toMillis(), TimeUnit.MILLISECONDS).stream()
                    .filter(name -> name.endsWith(DLT_SUFFIX)).sorted().toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while listing Kafka topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not list its topics", e);
        }
    }

    /** A consumer that only reads where it is told: assigned, not subscribed, it joins no group, commits nothing. */
    @SuppressWarnings("unchecked")
    private Consumer<String, byte[]> consumer() {
        return (Consumer<String, byte[]>) consumers.createConsumer(null, "dead-letters", null);
    }

    private Duration timeout() {
        return properties.deadLetterReadTimeout();
    }

    private static DeadLetter describe(ConsumerRecord<String, byte[]> record, DeadLetterAction action) {
        return new DeadLetter(record.topic(), record.partition(), record.offset(),
                header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC).orElse(null),
                number(record, KafkaHeaders.DLT_ORIGINAL_PARTITION).map(Long::intValue).orElse(null),
                number(record, KafkaHeaders.DLT_ORIGINAL_OFFSET).orElse(null),
                header(record, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP).orElse(null), record.key(),
                header(record, MessageHeaders.MESSAGE_ID).orElse(null),
                header(record, MessageHeaders.MESSAGE_TYPE).orElse(null),
                header(record, MessageHeaders.SENDER).orElse(null),
                header(record, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN)
                        .or(() -> header(record, KafkaHeaders.DLT_EXCEPTION_FQCN)).orElse(null),
                header(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE).orElse(null),
                Instant.ofEpochMilli(record.timestamp()), action == null ? "OPEN" : action.action(), action);
    }

    private static String describe(ConsumerRecord<String, byte[]> record) {
        return key(record.topic(), record.partition(), record.offset());
    }

    private static String key(String topic, int partition, long offset) {
        return topic + "/" + partition + "/" + offset;
    }

    private static Optional<String> header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    /** The dead-letter publisher writes partition and offset as big-endian int and long. */
    private static Optional<Long> number(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null) {
            return Optional.empty();
        }
        ByteBuffer bytes = ByteBuffer.wrap(header.value());
        return switch (header.value().length) {
            case Integer.BYTES -> Optional.of((long) bytes.getInt());
            case Long.BYTES -> Optional.of(bytes.getLong());
            default -> Optional.empty();
        };
    }
}
