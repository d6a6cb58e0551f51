package cn.govdisclosure.support.messaging;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service uses Kafka.
 *
 * @param serviceName   sent as the {@code sender} header of every message
 * @param partitions    partitions of the topics this service creates (and of their dead-letter topics)
 * @param replicas      replication factor of those topics: 1 on the embedded broker, 3 in production
 * @param attempts      deliveries of a failing message before it goes to the dead-letter topic
 * @param initialBackoff first pause between attempts, doubled at each further attempt
 * @param sendTimeout   how long a send waits for the broker's acknowledgement
 * @param signingKey    this service's secret for signing what it sends (HMAC-SHA256); unsigned when empty
 * @param trustedSenders the secrets of the services whose commands this service accepts, by service name
 */
@ConfigurationProperties("messaging")
public record MessagingProperties(String serviceName,
                                  @DefaultValue("6") int partitions,
                                  @DefaultValue("1") short replicas,
                                  @DefaultValue("5") int attempts,
                                  @DefaultValue("200ms") Duration initialBackoff,
                                  @DefaultValue("30s") Duration sendTimeout,
                                  String signingKey,
                                  Map<String, String> trustedSenders) {

    public MessagingProperties {
        trustedSenders = trustedSenders == null ? Map.of() : Map.copyOf(trustedSenders);
    }
}
