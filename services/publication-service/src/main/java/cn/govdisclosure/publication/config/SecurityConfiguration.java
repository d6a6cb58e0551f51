package cn.govdisclosure.publication.config;

import cn.govdisclosure.support.security.Role;
import cn.govdisclosure.support.security.ServiceSecurity;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Published reports, the portal and the transparency log are public; webhook deliveries are for administrators;
 * nothing else is served without a token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain publications(HttpSecurity http) throws Exception {
        return ServiceSecurity.chain(http, List.of(), rules -> rules
                .requestMatchers(HttpMethod.GET, "/portal", "/portal/**", "/api/published", "/api/published/**",
                        "/api/transparency/**")
                .permitAll()
                .requestMatchers("/api/webhooks/**").hasRole(Role.ADMIN.name()));
    }
}
