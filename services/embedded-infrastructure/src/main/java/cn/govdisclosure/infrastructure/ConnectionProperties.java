package cn.govdisclosure.infrastructure;

import java.util.Map;

/** The Spring Boot properties that connect one service to its own database and to the Kafka broker. */
public final class ConnectionProperties {

    private ConnectionProperties() {
    }

    /** Creates the service's database if it is missing, and returns the properties that point the service at it. */
    public static Map<String, String> forService(PostgresServer postgres, String database, KafkaServer kafka) {
        postgres.createDatabaseIfMissing(database);
        return Map.of(
                "spring.datasource.url", postgres.jdbcUrl(database),
                "spring.datasource.username", postgres.username(),
                "spring.datasource.password", postgres.password(),
                "spring.kafka.bootstrap-servers", kafka.bootstrapServers());
    }
}
