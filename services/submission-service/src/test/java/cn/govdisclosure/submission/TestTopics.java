package cn.govdisclosure.submission;

import cn.govdisclosure.infrastructure.TestInfrastructure;
import cn.govdisclosure.kernel.messaging.MessageCodec;
import cn.govdisclosure.kernel.messaging.MessageHeaders;
import cn.govdisclosure.kernel.messaging.MessageTypes;
import cn.govdisclosure.support.messaging.MessageSignatures;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads and writes the test broker's topics as another service would. */
final class TestTopics {

    private TestTopics() {
    }

    /** The secrets the services under test sign their messages with. */
    static final Map<String, String> SIGNING_KEYS = Map.of("validation-service", "validation-test-secret",
            "publication-service", "publication-test-secret");

    /** Sends a contract message with the envelope headers, as {@code sender}, signed with that sender's secret. */
    static void send(String topic, String key, String messageId, String sender, Object payload) {
        sendSigned(topic, key, messageId, sender, payload, SIGNING_KEYS.get(sender));
    }

    /** Sends a contract message signed with {@code secret} (unsigned when null). */
    static void sendSigned(String topic, String key, String messageId, String sender, Object payload,
                           String secret) {
        byte[] body = MessageCodec.encode(payload);
        Map<String, String> headers = new java.util.HashMap<>(Map.of(
                MessageHeaders.MESSAGE_ID, messageId,
                MessageHeaders.MESSAGE_TYPE, MessageTypes.nameOf(payload.getClass()),
                MessageHeaders.MESSAGE_REVISION, MessageTypes.revisionOf(payload.getClass()),
                MessageHeaders.SENDER, sender));
        if (secret != null) {
            org.apache.kafka.common.header.internals.RecordHeaders recordHeaders =
                    new org.apache.kafka.common.header.internals.RecordHeaders();
            headers.forEach((name, value) -> recordHeaders.add(name, value.getBytes(StandardCharsets.UTF_8)));
            headers.put(MessageSignatures.SIGNATURE, MessageSignatures.sign(secret, recordHeaders, body));
        }
        sendRaw(topic, key, body, headers);
    }

    static void sendRaw(String topic, String key, byte[] body, Map<String, String> headers) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, body);
            headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every record on the topic so far whose key is {@code key}. */
    static List<ConsumerRecord<String, byte[]>> read(String topic, String key) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            int emptyPolls = 0;
            while (emptyPolls < 2) {
                var polled = consumer.poll(Duration.ofMillis(500));
                if (polled.isEmpty() && !consumer.assignment().isEmpty()) {
                    emptyPolls++;
                }
                polled.forEach(record -> {
                    if (key.equals(record.key())) {
                        records.add(record);
                    }
                });
            }
        }
        return records;
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
