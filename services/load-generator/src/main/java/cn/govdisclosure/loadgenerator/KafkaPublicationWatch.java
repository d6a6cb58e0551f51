package cn.govdisclosure.loadgenerator;

import cn.govdisclosure.kernel.messaging.MessageCodec;
import cn.govdisclosure.kernel.messaging.MessageHeaders;
import cn.govdisclosure.kernel.messaging.MessageTypes;
import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.kernel.publication.ReportPublishedEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Sees publications on {@code publication.events} as the publication service announces them, without a consumer
 * group (it commits nothing and is no one's lag) and without adding requests to the system: each report's moment is
 * when its {@link ReportPublishedEvent} reached this watch.
 */
public final class KafkaPublicationWatch implements PublicationWatch, AutoCloseable {

    private static final String PUBLISHED = MessageTypes.nameOf(ReportPublishedEvent.class);

    private final Map<String, Long> published = new ConcurrentHashMap<>();
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Thread poller;
    private volatile boolean running = true;

    /** Starts following the topic from its end: only what is published from now on is seen. */
    public KafkaPublicationWatch(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        consumer = new KafkaConsumer<>(properties);
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.PUBLICATION_EVENTS, Duration.ofSeconds(30))
                .stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        poller = new Thread(this::follow, "publication-watch");
        poller.setDaemon(true);
        poller.start();
    }

    @Override
    public Long publishedAt(String creditCode, int year) {
        return published.get(creditCode + "/" + year);
    }

    private void follow() {
        try {
            while (running) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    long seen = System.nanoTime();
                    if (header(record, MessageHeaders.MESSAGE_TYPE).equals(PUBLISHED)
                            && decode(record) instanceof ReportPublishedEvent event) {
                        published.putIfAbsent(event.creditCode() + "/" + event.year(), seen);
                    }
                }
            }
        } catch (WakeupException stopping) {
            // closing
        } finally {
            consumer.close();
        }
    }

    private static Object decode(ConsumerRecord<byte[], byte[]> record) {
        return MessageCodec.decode(header(record, MessageHeaders.MESSAGE_TYPE),
                header(record, MessageHeaders.MESSAGE_REVISION), record.value());
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            poller.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
