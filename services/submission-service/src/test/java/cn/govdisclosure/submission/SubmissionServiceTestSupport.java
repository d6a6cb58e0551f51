package cn.govdisclosure.submission;

import cn.govdisclosure.infrastructure.KafkaServer;
import cn.govdisclosure.infrastructure.PostgresServer;
import cn.govdisclosure.infrastructure.TestInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a test's submission service at the shared test PostgreSQL (its own database) and Kafka. */
final class SubmissionServiceTestSupport {

    private SubmissionServiceTestSupport() {
    }

    static void properties(DynamicPropertyRegistry registry, String database) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        PostgresServer postgres = TestInfrastructure.postgres();
        KafkaServer kafka = TestInfrastructure.kafka();
        postgres.createDatabaseIfMissing(database);
        registry.add("spring.datasource.url", () -> postgres.jdbcUrl(database));
        registry.add("spring.datasource.username", postgres::username);
        registry.add("spring.datasource.password", postgres::password);
        registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
        registry.add("messaging.initial-backoff", () -> "50ms");
    }
}
