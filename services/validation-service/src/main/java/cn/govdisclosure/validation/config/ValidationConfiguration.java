package cn.govdisclosure.validation.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock runs are stamped with. */
@Configuration(proxyBeanMethods = false)
class ValidationConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
