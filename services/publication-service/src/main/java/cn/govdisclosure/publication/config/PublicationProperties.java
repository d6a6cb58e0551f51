package cn.govdisclosure.publication.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the publication service.
 *
 * @param publicBaseUrl where readers reach this service's portal, e.g. {@code https://www.example.gov.cn}; every
 *                      publication URL in messages and pages starts with it
 */
@ConfigurationProperties("publication")
public record PublicationProperties(@DefaultValue("http://localhost:8083") String publicBaseUrl) {

    public PublicationProperties {
        publicBaseUrl = publicBaseUrl.endsWith("/")
                ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }
}
