package cn.govdisclosure.publication.config;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock and the settings of the publication service. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicationProperties.class)
class PublicationConfiguration {

    /** Publication dates come from here, so that a test can fix them. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
