package cn.govdisclosure.publication;

import cn.govdisclosure.infrastructure.TestInfrastructure;
import cn.govdisclosure.support.security.TestTokens;
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
        List<String> arguments = new ArrayList<>();
        TestInfrastructure.serviceProperties("publication")
                .forEach((name, value) -> arguments.add("--" + name + "=" + value));
        TestTokens.properties().forEach((name, value) -> arguments.add("--" + name + "=" + value));
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
