package cn.govdisclosure.publication;

import cn.govdisclosure.infrastructure.PostgresServer;
import cn.govdisclosure.infrastructure.TestInfrastructure;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Runs the service on its own against a throwaway PostgreSQL and Kafka, with the example report accepted, so that
 * the portal can be looked at: http://localhost:8083/portal/reports.
 */
public final class TestPublicationServiceApplication {

    private TestPublicationServiceApplication() {
    }

    public static void main(String[] args) throws Exception {
        PostgresServer postgres = TestInfrastructure.postgres();
        postgres.createDatabaseIfMissing("publication");
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + postgres.jdbcUrl("publication"),
                "--spring.datasource.username=" + postgres.username(),
                "--spring.datasource.password=" + postgres.password(),
                "--spring.kafka.bootstrap-servers=" + TestInfrastructure.kafka().bootstrapServers()));
        arguments.addAll(List.of(args));
        ConfigurableApplicationContext context = PublicationServiceApplication.application()
                .run(arguments.toArray(String[]::new));
        acceptTheExampleReport(context);
    }

    @SuppressWarnings("unchecked")
    private static void acceptTheExampleReport(ConfigurableApplicationContext context) throws Exception {
        String reportId = PublicationFixtures.reportId(PublicationFixtures.ZEZHOU, 2023);
        context.getBean(KafkaTemplate.class).send(PublicationFixtures.onSubmissionEvents(reportId,
                "accepted:" + reportId + ":1",
                PublicationFixtures.accepted(PublicationFixtures.ZEZHOU, 2023, 1, PublicationFixtures.zezhouReport())))
                .get(10, TimeUnit.SECONDS);
    }
}
