package cn.govdisclosure.validation.config;

import cn.govdisclosure.support.security.ServiceSecurity;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The format and live checking are open (they reveal nothing and forms call them on every keystroke); loading
 * history is for administrators and supervising offices; validation results are read by the agency, its
 * supervisors and auditors (checked per report in the controller); rebuilding the published history from the
 * publication events is for administrators.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain validations(HttpSecurity http) throws Exception {
        return ServiceSecurity.chain(http, List.of(), rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/formats/**").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/validate").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/history/rebuild").hasRole("ADMIN")
                .requestMatchers(HttpMethod.PUT, "/api/history/**").hasAnyRole("ADMIN", "SUPERVISOR"));
    }
}
