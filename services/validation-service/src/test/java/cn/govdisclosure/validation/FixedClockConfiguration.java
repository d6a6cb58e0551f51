package cn.govdisclosure.validation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Stops the service's clock, so that the time a run is stamped with can be asserted. */
@TestConfiguration(proxyBeanMethods = false)
class FixedClockConfiguration {

    static final Instant NOW = Instant.parse("2024-01-25T02:00:00Z");

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
