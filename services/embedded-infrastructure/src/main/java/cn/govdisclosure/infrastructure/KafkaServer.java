package cn.govdisclosure.infrastructure;

/**
 * A running Kafka cluster, whoever started it (in-process broker or a container). Clients only need the bootstrap
 * address.
 */
public interface KafkaServer extends AutoCloseable {

    /** Comma-separated {@code host:port} list for the clients' {@code bootstrap.servers}. */
    String bootstrapServers();

    @Override
    void close();
}
