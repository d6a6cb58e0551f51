package cn.govdisclosure.submission.config;

import cn.govdisclosure.submission.web.IdempotencyFilter;
import cn.govdisclosure.submission.web.IdempotentRequests;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Retried commands: the idempotency filter, and the schedule that forgets expired keys. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class WebConfiguration {

    /** Order 0: after Spring Security's filter chain (−100), so that the user is known and the request allowed. */
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotentRequests requests) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(requests));
        registration.setOrder(0);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
