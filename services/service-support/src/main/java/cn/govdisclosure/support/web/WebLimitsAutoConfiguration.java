package cn.govdisclosure.support.web;

import java.util.List;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request limits, strict text decoding, and problem JSON for requests the firewall or Tomcat itself rejects, in
 * every service.
 */
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

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    static class TomcatProblems {

        @Bean
        ProblemValveInstaller problemsFromTomcat() {
            return new ProblemValveInstaller();
        }
    }

    /**
     * Replaces the host's error report valve, Boot's included, by {@link ProblemErrorReportValve}. Ordered last, so
     * that it runs after Boot's own customizer has added its valve.
     */
    static class ProblemValveInstaller implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>,
            Ordered {

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Host host = (Host) context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ProblemErrorReportValve());
                if (host instanceof StandardHost standardHost) {
                    standardHost.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
