package cn.govdisclosure.support.web;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Request limits, strict text decoding, and problem JSON for requests the firewall rejects, in every service. */
@AutoConfiguration
@ConditionalOnWebApplication
@EnableConfigurationProperties(WebLimitsProperties.class)
public class WebLimitsAutoConfiguration {

    /** First of all filters: a client over its limits costs the service as little as possible. */
    @Bean
    FilterRegistrationBean<RequestLimitsFilter> requestLimitsFilter(WebLimitsProperties limits) {
        FilterRegistrationBean<RequestLimitsFilter> registration =
                new FilterRegistrationBean<>(new RequestLimitsFilter(limits));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Encoded slashes, ../ and the like in a path: 400 as problem JSON instead of the container's error page. */
    @Bean
    RequestRejectedHandler problemForRejectedRequests() {
        return (request, response, exception) -> Problems.write(response, HttpStatus.BAD_REQUEST, "请求无效",
                "请求地址含有不允许的字符");
    }

    @Bean
    WebMvcConfigurer strictUtf8Text() {
        return new WebMvcConfigurer() {
            @Override
            public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
                converters.add(0, new StrictUtf8TextConverter());
            }
        };
    }
}
