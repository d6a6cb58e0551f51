package cn.govdisclosure.support.messaging;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The health component {@code kafka}: UP when the broker answers a cluster description within the timeout, DOWN
 * otherwise. Next to {@code db} it tells an operator whether a service is unwell because the broker or the database
 * is gone (the service itself is live: {@code /actuator/health/liveness} stays UP) or because of itself.
 */
final class KafkaBrokerHealth implements HealthIndicator, DisposableBean {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final Map<String, Object> configuration;
    private Admin admin;

    KafkaBrokerHealth(KafkaAdmin kafkaAdmin) {
        Map<String, Object> configuration = new HashMap<>(kafkaAdmin.getConfigurationProperties());
        configuration.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        configuration.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        this.configuration = Map.copyOf(configuration);
    }

    @Override
    public Health health() {
        try {
            Collection<Node> nodes = admin().describeCluster(new DescribeClusterOptions()
                            .timeoutMs((int) TIMEOUT.toMillis()))
                    .nodes().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return Health.up().withDetail("brokers", nodes.size()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down(e).build();
        } catch (ExecutionException | TimeoutException e) {
            return Health.down().withDetail("error", "Kafka broker unreachable: " + Transience.rootCause(e))
                    .build();
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(configuration);
        }
        return admin;
    }

    @Override
    public synchronized void destroy() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
        }
    }
}
