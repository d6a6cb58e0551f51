package cn.govdisclosure.publication.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the publication service.
 *
 * @param publicBaseUrl where readers reach this service's portal, e.g. {@code https://www.example.gov.cn}; every
 *                      publication URL in messages and pages starts with it
 * @param transparency  the transparency log's signing key
 */
@ConfigurationProperties("publication")
public record PublicationProperties(@DefaultValue("http://localhost:8083") String publicBaseUrl,
                                    @DefaultValue Transparency transparency) {

    public PublicationProperties {
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
}
