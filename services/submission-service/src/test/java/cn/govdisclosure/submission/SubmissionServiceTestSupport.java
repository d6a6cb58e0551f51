package cn.govdisclosure.submission;

import cn.govdisclosure.infrastructure.TestInfrastructure;
import cn.govdisclosure.support.security.TestTokens;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a test's submission service at the shared test PostgreSQL (its own database) and Kafka. */
final class SubmissionServiceTestSupport {

    private SubmissionServiceTestSupport() {
    }

    static void properties(DynamicPropertyRegistry registry, String database) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        TestInfrastructure.serviceProperties(database).forEach((name, value) -> registry.add(name, () -> value));
        TestTokens.properties().forEach((name, value) -> registry.add(name, () -> value));
        TestTopics.SIGNING_KEYS.forEach((sender, secret) ->
                registry.add("messaging.trusted-senders." + sender, () -> secret));
        registry.add("messaging.initial-backoff", () -> "50ms");
        // OperationsIT finds a report stuck when it has waited for validation this long.
        registry.add("operations.stuck-after", () -> "PT2S");
        // Every test calls from the same address; RequestLimitsFilterTest tests the rate limit on its own.
        registry.add("web.limits.requests-per-minute", () -> "1000000");
    }
}
