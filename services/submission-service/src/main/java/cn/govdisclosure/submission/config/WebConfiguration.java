package cn.govdisclosure.submission.config;

import cn.govdisclosure.submission.web.IdempotencyFilter;
import cn.govdisclosure.submission.web.IdempotentRequests;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.CacheControl;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Retried commands: the idempotency filter, and the schedule that forgets expired keys. The workspace's scripts and
 * styles, served from {@code /workspace/assets/} only.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/workspace/assets/**").addResourceLocations("classpath:/workspace-assets/")
                .setCacheControl(CacheControl.noCache());
    }

    /** Order 0: after Spring Security's filter chain (−100), so that the user is known and the request allowed. */
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotentRequests requests,
                                                          PlatformTransactionManager transactions) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(requests, transactions));
        registration.setOrder(0);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
