package cn.govdisclosure.publication.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the publication service.
 *
 * @param publicBaseUrl where readers reach this service's portal, e.g. {@code https://www.example.gov.cn}; every
 *                      publication URL in messages and pages starts with it
 * @param transparency  the transparency log's signing key
 * @param webhooks       portal endpoints that get every publication and correction by webhook
 * @param webhookDelivery how often and how long webhooks are retried
 */
@ConfigurationProperties("publication")
public record PublicationProperties(@DefaultValue("http://localhost:8083") String publicBaseUrl,
                                    @DefaultValue Transparency transparency, List<Webhook> webhooks,
                                    @DefaultValue WebhookDelivery webhookDelivery) {

    public PublicationProperties {
        webhooks = webhooks == null ? List.of() : List.copyOf(webhooks);
        publicBaseUrl = publicBaseUrl.endsWith("/")
                ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    /**
     * The transparency log's Ed25519 key pair, PEM (PKCS#8 {@code PRIVATE KEY}, X.509 {@code PUBLIC KEY}) or the
     * base64 of the DER alone. When both are missing, a key pair is made for this process only, and checkpoints
     * signed before a restart no longer verify with the key the service then publishes: fine for trying things out,
     * never for production.
     *
     * @param origin the log's name, the first line of every checkpoint; by default the public base URL followed by
     *               {@code /api/transparency}
     */
    public record Transparency(String privateKey, String publicKey, String origin) {
    }

    /**
     * A receiver of webhooks. {@code name} is part of every delivery id, so keep it once deliveries exist;
     * {@code secret} keys the HMAC-SHA256 signature.
     */
    public record Webhook(String name, URI url, String secret) {

        public Webhook {
            Objects.requireNonNull(name, "publication.webhooks[].name");
            Objects.requireNonNull(url, "publication.webhooks[].url");
            Objects.requireNonNull(secret, "publication.webhooks[].secret");
        }
    }

    /**
     * The retry policy: after a failed attempt the next waits {@code initialBackoff}, doubling each time up to
     * {@code maxBackoff}, until {@code retryFor} after the first attempt. {@code timeout} bounds one request;
     * {@code pollInterval} is how long the dispatcher rests between looks at the outbox.
     */
    public record WebhookDelivery(@DefaultValue("10s") Duration initialBackoff,
                                  @DefaultValue("1h") Duration maxBackoff,
                                  @DefaultValue("24h") Duration retryFor,
                                  @DefaultValue("10s") Duration timeout,
                                  @DefaultValue("1s") Duration pollInterval) {
    }
}
