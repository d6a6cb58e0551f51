package cn.govdisclosure.infrastructure;

import org.apache.kafka.common.utils.AppInfoParser;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Kafka in a Testcontainers container (the GraalVM native image, which starts in about a second), of the same
 * version as the Kafka client library and set up like {@link EmbeddedKafkaServer}.
 */
final class ContainerKafkaServer implements KafkaServer {

    static final String IMAGE = "apache/kafka-native:" + AppInfoParser.getVersion();

    private final KafkaContainer container;

    private ContainerKafkaServer(KafkaContainer container) {
        this.container = container;
    }

    static ContainerKafkaServer start() {
        KafkaContainer container = new KafkaContainer(IMAGE)
                .withEnv("KAFKA_NUM_PARTITIONS", "3")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        container.start();
        return new ContainerKafkaServer(container);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public void close() {
        container.stop();
    }
}
