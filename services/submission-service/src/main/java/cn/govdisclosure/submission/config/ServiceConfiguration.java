package cn.govdisclosure.submission.config;

import cn.govdisclosure.submission.operations.OperationsProperties;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OperationsProperties.class)
class ServiceConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
